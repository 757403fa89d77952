using System.Globalization;

namespace Bot.Infrastructure.Knowledge.Localization;

internal enum FigureKind
{
    /// <summary>A number as a value: a count, year, day, amount with its magnitude (68.3 bn = 683억 = 68,300,000,000), percentage.</summary>
    Number,

    /// <summary>A month of a date ("June", "6월", "6月"), kept apart from the number 6.</summary>
    Month,

    /// <summary>A day of a month ("22 June", "6월 22일"): a day that moved is caught even when the number appears elsewhere.</summary>
    DayOfMonth,
}

/// <summary>A figure compared between an English text and its translation, as a value (how it is written does not matter).</summary>
internal readonly record struct Figure(FigureKind Kind, decimal Value)
{
    public static Figure Number(decimal value) => new(FigureKind.Number, value);

    public static Figure Month(int month) => new(FigureKind.Month, month);

    public static Figure DayOfMonth(int month, int day) => new(FigureKind.DayOfMonth, (month * 100) + day);

    /// <summary>"68,300,000,000", "1965", "June", "22 June".</summary>
    public override string ToString() => Kind switch
    {
        FigureKind.Month => MonthName((int)Value),
        FigureKind.DayOfMonth => $"{(int)Value % 100} {MonthName((int)Value / 100)}",
        _ => Value.ToString(Value >= 10000 ? "#,0.##########" : "0.##########", CultureInfo.InvariantCulture),
    };

    private static string MonthName(int month) =>
        month is >= 1 and <= 12 ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month) : $"month {month}";
}

/// <summary>
/// A figure as found in a text: the words it was read from, and whether it was written bare (no magnitude word such as
/// "bn" or 억), which the comparison needs: statistics notes write "68.2" in the series' unit where a translation writes 682억.
/// </summary>
internal sealed record FoundFigure(Figure Figure, string Snippet, bool Bare = true);

/// <summary>
/// The figures of one text. <see cref="Required"/> must appear on the other side; <see cref="Optional"/> may (an English
/// "three times" or "World War II" becomes 3 or 2 in a translation, or stays a word).
/// </summary>
internal sealed record FigureSet(IReadOnlyList<FoundFigure> Required, IReadOnlyList<FoundFigure> Optional)
{
    public IEnumerable<FoundFigure> All => Required.Concat(Optional);
}
