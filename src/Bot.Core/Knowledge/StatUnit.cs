using System.Globalization;

namespace Bot.Core.Knowledge;

/// <summary>The unit a series is published in; knows how to write a value for people.</summary>
public enum StatUnit
{
    UsdBillion,
    UsdMillion,
    YenTrillion,
    YenBillion,
    WonMillion,
    People,
    Percent,
    Count,
}

public static class StatUnitFormat
{
    /// <summary>Maps the file spelling (<c>usd_billion</c>) to the unit.</summary>
    public static bool TryParse(string? text, out StatUnit unit)
    {
        unit = default;
        return text is not null && Names.TryGetValue(text.Trim(), out unit);
    }

    public static IReadOnlyCollection<string> FileNames => Names.Keys;

    private static readonly Dictionary<string, StatUnit> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["usd_billion"] = StatUnit.UsdBillion,
        ["usd_million"] = StatUnit.UsdMillion,
        ["yen_trillion"] = StatUnit.YenTrillion,
        ["yen_billion"] = StatUnit.YenBillion,
        ["won_million"] = StatUnit.WonMillion,
        ["people"] = StatUnit.People,
        ["percent"] = StatUnit.Percent,
        ["count"] = StatUnit.Count,
    };

    /// <summary>"$68.3 bn", "−$19.16 bn", "9,459,600 people", "37.4%".</summary>
    public static string Format(this StatUnit unit, double value)
    {
        var sign = value < 0 ? "−" : "";
        var abs = Math.Abs(value);
        return unit switch
        {
            StatUnit.UsdBillion => $"{sign}${Number(abs)} bn",
            StatUnit.UsdMillion => $"{sign}${Number(abs)} M",
            StatUnit.YenTrillion => $"{sign}¥{Number(abs)} tn",
            StatUnit.YenBillion => $"{sign}¥{Number(abs)} bn",
            StatUnit.WonMillion => $"{sign}₩{Number(abs)} M",
            // "9,459,600 people (9.46 million)": the exact count, and the size people quote.
            StatUnit.People => abs >= 1_000_000
                ? $"{sign}{Number(abs)} people ({sign}{(abs / 1_000_000).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} million)"
                : $"{sign}{Number(abs)} people",
            StatUnit.Percent => $"{sign}{Number(abs)}%",
            _ => $"{sign}{Number(abs)}",
        };
    }

    /// <summary>The unit in words, for chart axes and definitions.</summary>
    public static string Describe(this StatUnit unit) => unit switch
    {
        StatUnit.UsdBillion => "US$ billion",
        StatUnit.UsdMillion => "US$ million",
        StatUnit.YenTrillion => "¥ trillion",
        StatUnit.YenBillion => "¥ billion",
        StatUnit.WonMillion => "₩ million",
        StatUnit.People => "people",
        StatUnit.Percent => "%",
        _ => "count",
    };

    /// <summary>The difference between two values, in the unit ("percentage points" for shares).</summary>
    public static string FormatDelta(this StatUnit unit, double delta) =>
        unit == StatUnit.Percent
            ? $"{(delta < 0 ? "−" : "+")}{Number(Math.Abs(delta))} percentage points"
            : (delta < 0 ? "" : "+") + unit.Format(delta);

    private static string Number(double v) =>
        v == Math.Floor(v) && v >= 1000 ? v.ToString("#,0", CultureInfo.InvariantCulture)
        : v.ToString("#,0.####", CultureInfo.InvariantCulture);
}
