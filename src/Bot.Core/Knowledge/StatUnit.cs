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

    /// <summary>
    /// A value written for a reader of <paramref name="lang"/>: English as <see cref="Format(StatUnit, double)"/>; Korean and
    /// Japanese as whole amounts in myriad groups (<see cref="MyriadNumber"/>) with the unit after the number:
    /// $68.3 bn → 683억 달러 / 683億ドル; 9,459,600 people → 945만 9600명 / 945万9600人; 37.4% stays 37.4%.
    /// </summary>
    public static string Format(this StatUnit unit, double value, Lang lang)
    {
        if (lang == Lang.En)
        {
            return unit.Format(value);
        }

        var sign = value < 0 ? "−" : "";
        var abs = (decimal)Math.Abs(value);
        var ko = lang == Lang.Ko;
        return unit switch
        {
            StatUnit.UsdBillion => $"{sign}{MyriadNumber.Write(abs * 1_000_000_000m, lang)}{(ko ? " 달러" : "ドル")}",
            StatUnit.UsdMillion => $"{sign}{MyriadNumber.Write(abs * 1_000_000m, lang)}{(ko ? " 달러" : "ドル")}",
            StatUnit.YenTrillion => $"{sign}{MyriadNumber.Write(abs * 1_000_000_000_000m, lang)}{(ko ? " 엔" : "円")}",
            StatUnit.YenBillion => $"{sign}{MyriadNumber.Write(abs * 1_000_000_000m, lang)}{(ko ? " 엔" : "円")}",
            StatUnit.WonMillion => $"{sign}{MyriadNumber.Write(abs * 1_000_000m, lang)}{(ko ? " 원" : "ウォン")}",
            StatUnit.People => $"{sign}{MyriadNumber.Write(abs, lang)}{(ko ? "명" : "人")}",
            StatUnit.Percent => $"{sign}{Number((double)abs)}%",
            _ => $"{sign}{Number((double)abs)}",
        };
    }

    /// <summary>The difference between two values for a reader of <paramref name="lang"/> ("+8.1%포인트", "+8.1ポイント" for shares).</summary>
    public static string FormatDelta(this StatUnit unit, double delta, Lang lang) =>
        lang == Lang.En ? unit.FormatDelta(delta)
        : unit == StatUnit.Percent
            ? $"{(delta < 0 ? "−" : "+")}{Number(Math.Abs(delta))}{(lang == Lang.Ko ? "%포인트" : "ポイント")}"
            : (delta < 0 ? "" : "+") + unit.Format(delta, lang);

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

    /// <summary>The unit in words for a reader of <paramref name="lang"/> (a chart's axis): "10억 달러", "10億ドル"; English as <see cref="Describe(StatUnit)"/>.</summary>
    public static string Describe(this StatUnit unit, Lang lang) => (lang, unit) switch
    {
        (Lang.En, _) => unit.Describe(),
        (_, StatUnit.Percent) => "%",
        (Lang.Ko, StatUnit.UsdBillion) => "10억 달러",
        (Lang.Ko, StatUnit.UsdMillion) => "100만 달러",
        (Lang.Ko, StatUnit.YenTrillion) => "조 엔",
        (Lang.Ko, StatUnit.YenBillion) => "10억 엔",
        (Lang.Ko, StatUnit.WonMillion) => "100만 원",
        (Lang.Ko, StatUnit.People) => "명",
        (Lang.Ko, _) => "건",
        (_, StatUnit.UsdBillion) => "10億ドル",
        (_, StatUnit.UsdMillion) => "100万ドル",
        (_, StatUnit.YenTrillion) => "兆円",
        (_, StatUnit.YenBillion) => "10億円",
        (_, StatUnit.WonMillion) => "100万ウォン",
        (_, StatUnit.People) => "人",
        _ => "件",
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
