using System.Globalization;

namespace Bot.Core.Knowledge;

/// <summary>A date whose month or day may be unknown ("1942", "2013-09", "1965-06-22").</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public bool IsExact => Day is not null;

    /// <summary>Parses ISO <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; rejects impossible dates.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return false;
        }

        int? month = null, day = null;
        if (parts.Length >= 2)
        {
            if (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
            {
                return false;
            }

            month = m;
        }

        if (parts.Length == 3)
        {
            if (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }

            day = d;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var d) ? d : throw new FormatException($"'{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).");

    public static PartialDate From(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The earliest day this date can mean (1 January for a bare year).</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The latest day this date can mean (31 December for a bare year).</summary>
    public DateOnly End => Day is { } d ? new DateOnly(Year, Month!.Value, d)
        : Month is { } m ? new DateOnly(Year, m, DateTime.DaysInMonth(Year, m))
        : new DateOnly(Year, 12, 31);

    public int CompareTo(PartialDate other) => Start.CompareTo(other.Start) is var c && c != 0 ? c : End.CompareTo(other.End);

    /// <summary>ISO form, as written in the knowledge files.</summary>
    public override string ToString() => Day is not null ? $"{Year:D4}-{Month:D2}-{Day:D2}"
        : Month is not null ? $"{Year:D4}-{Month:D2}"
        : $"{Year:D4}";

    /// <summary>Human form: "22 June 1965", "September 2013", "1942".</summary>
    public string ToDisplay() => Day is not null ? Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
        : Month is not null ? Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
        : Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Human form for a reader of <paramref name="lang"/>: "22 June 1965", "1965년 6월 22일", "1965年6月22日".</summary>
    public string ToDisplay(Lang lang) => lang switch
    {
        Lang.Ko => Day is not null ? $"{Year}년 {Month}월 {Day}일" : Month is not null ? $"{Year}년 {Month}월" : $"{Year}년",
        Lang.Ja => Day is not null ? $"{Year}年{Month}月{Day}日" : Month is not null ? $"{Year}年{Month}月" : $"{Year}年",
        _ => ToDisplay(),
    };

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
