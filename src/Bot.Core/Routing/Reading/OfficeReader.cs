using System.Text.RegularExpressions;
using Bot.Core.Knowledge;

namespace Bot.Core.Routing.Reading;

/// <summary>The office a part asks about ("Japan's prime minister", "외교부 장관", "韓国の外相"), if any.</summary>
public static partial class OfficeReader
{
    [GeneratedRegex(@"\b(prime minister|pm)\b|총리|수상|首相|総理")]
    private static partial Regex PrimeMinister();

    /// <summary>Korea's own prime minister (국무총리, the Korean Empire's 1910 signatory): not an office the glossary dates.</summary>
    [GeneratedRegex(@"\b(south )?korea(n|'s)? (prime minister|pm)\b|\bprime minister of (south )?korea\b|(한국|대한민국|대한제국|조선)의? ?총리|국무총리|(韓国|大韓帝国)(側)?の?(首相|総理)")]
    private static partial Regex KoreanPrimeMinister();

    [GeneratedRegex(@"\bpresident\b|대통령|大統領")]
    private static partial Regex President();

    [GeneratedRegex(@"\b(foreign minister|fm|minister of foreign affairs|foreign secretary)\b|외교부 ?장관|외교 ?장관|외무상|외무대신|외상|外相|外務大臣|外務相|外交部長官|外交長官")]
    private static partial Regex ForeignMinister();

    [GeneratedRegex(@"\b(national security (adviser|advisor)|security adviser|nsa)\b|국가안보실장|안보실장|国家安保室長|安保室長")]
    private static partial Regex SecurityAdviser();

    [GeneratedRegex(@"\bchief cabinet secretary\b|관방장관|官房長官")]
    private static partial Regex CabinetSecretary();

    [GeneratedRegex(@"\b(japan|japanese|tokyo|nippon)\b|일본|日本|외무상|외무대신|外務大臣|外相")]
    private static partial Regex JapanWord();

    [GeneratedRegex(@"\b(korea|korean|koreans|seoul|rok)\b|한국|韓国|외교부")]
    private static partial Regex KoreaWord();

    /// <summary>The words people use for an office, in three languages.</summary>
    public static string Words(string office) => office switch
    {
        Offices.PrimeMinisterOfJapan => "prime minister pm japan 총리 수상 일본 首相 総理 日本",
        Offices.PresidentOfKorea => "president korea 대통령 한국 大統領 韓国",
        Offices.ForeignMinisterOfKorea => "foreign minister korea 외교부 장관 외교장관 한국 外相 外務大臣 韓国",
        Offices.ForeignMinisterOfJapan => "foreign minister japan 외무상 외무대신 일본 外相 外務大臣 日本",
        Offices.SecurityAdviserOfKorea => "national security adviser korea 국가안보실장 안보실장 国家安保室長",
        Offices.ChiefCabinetSecretaryOfJapan => "chief cabinet secretary japan 관방장관 官房長官",
        _ => office,
    };

    internal static string? Read(string cueText)
    {
        if (SecurityAdviser().IsMatch(cueText))
        {
            return Offices.SecurityAdviserOfKorea;
        }

        if (CabinetSecretary().IsMatch(cueText))
        {
            return Offices.ChiefCabinetSecretaryOfJapan;
        }

        if (ForeignMinister().IsMatch(cueText))
        {
            // "외교부 장관" is Seoul's ministry; "外相"/"외무상" Tokyo's. With neither country named, Korea's is meant only if
            // Korea is named.
            var korea = KoreaWord().IsMatch(cueText);
            var japan = JapanWord().IsMatch(cueText);
            return korea && !japan ? Offices.ForeignMinisterOfKorea
                : japan && !korea ? Offices.ForeignMinisterOfJapan
                : cueText.Contains("외교부", StringComparison.Ordinal) ? Offices.ForeignMinisterOfKorea
                : korea ? Offices.ForeignMinisterOfKorea : Offices.ForeignMinisterOfJapan;
        }

        if (PrimeMinister().IsMatch(cueText))
        {
            return KoreanPrimeMinister().IsMatch(cueText) ? null : Offices.PrimeMinisterOfJapan;
        }

        return President().IsMatch(cueText) ? Offices.PresidentOfKorea : null;
    }
}
