namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>
/// The fixed words and phrases of the figure comparison, in one place (knowledge/README.md, "Translations"). Change the
/// behaviour here, not in the readers.
/// </summary>
internal static class FigureVocabulary
{
    /// <summary>
    /// English words a translation may write as digits: "eight prefectures" → 8개 현, "three times" → 3度, "fifth" → 제5회,
    /// "twice a year" → 年2回, "trilateral" → 3국, "a secondary source" → 2차 출처. Optional: the translation may also keep a word.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> NumberWords = Build();

    /// <summary>English names that hold a figure written another way in Korean and Japanese (3·1운동 for the March First Movement).</summary>
    public static readonly IReadOnlyList<(string Phrase, Figure[] Figures)> EnglishNames =
    [
        ("March First", [Figure.Month(3), Figure.Number(1), Figure.DayOfMonth(3, 1)]),
    ];

    /// <summary>Words before a Roman numeral that is an ordinal: "Article II" → 제2조/第2条, "World War II" → 제2차 세계대전.</summary>
    public static readonly IReadOnlyList<string> RomanOrdinalHeads = ["World War", "Article", "Chapter"];

    public static readonly IReadOnlyDictionary<string, int> Roman = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["I"] = 1, ["II"] = 2, ["III"] = 3, ["IV"] = 4, ["V"] = 5, ["VI"] = 6, ["VII"] = 7, ["VIII"] = 8, ["IX"] = 9, ["X"] = 10,
    };

    /// <summary>English magnitude words after a number: "$68.3 bn", "1.3 million tonnes".</summary>
    public static readonly IReadOnlyDictionary<string, decimal> EnglishMagnitudes = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3m, ["million"] = 1e6m, ["mn"] = 1e6m, ["billion"] = 1e9m, ["bn"] = 1e9m, ["trillion"] = 1e12m, ["tn"] = 1e12m,
    };

    /// <summary>Korean and Japanese number units: 945만 9600 = 9,459,600; 683억 = 68,300,000,000; 1조 = 10^12.</summary>
    public static readonly IReadOnlyDictionary<char, decimal> CjkMagnitudes = new Dictionary<char, decimal>
    {
        ['만'] = 1e4m, ['억'] = 1e8m, ['조'] = 1e12m, ['万'] = 1e4m, ['億'] = 1e8m, ['兆'] = 1e12m,
    };

    /// <summary>
    /// Korean and Japanese phrases whose digits are not figures of the English: "1인당 1억 원" (each), "한미일 3국" (the
    /// U.S., Japan and Korea), and a unit note such as "30.6（10億ドル単位）" where the English writes 30.6 in billions.
    /// </summary>
    public const string CjkIdioms =
        @"[1１](?:인당|人当たり|人あたり)"
        + @"|(?:한미일|한중일|日米韓|日中韓)\s*3\s*(?:국|か国|カ国|ヶ国)"
        + @"|[0-9]+\s*[억만조億万兆]?\s*(?:달러|엔|원|ドル|円|ウォン)?\s*(?:단위|単位)";

    /// <summary>"a year earlier" → 1년 전, "in a calendar year" → 1暦年間.</summary>
    public const string EnglishOne = @"\b(?:a|an|one)\s+(?:(?:calendar|single|fiscal)\s+)?(?:year|month|day|week|decade|century|person)\b";

    private static Dictionary<string, int> Build()
    {
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        string[] cardinals = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
        for (var i = 0; i < cardinals.Length; i++)
        {
            words[cardinals[i]] = i + 1;
            words[ordinals[i]] = i + 1;
        }

        foreach (var (word, value) in new[]
                 {
                     ("once", 1), ("twice", 2), ("only", 1), ("sole", 1), ("single", 1), ("both", 2), ("half", 2), ("thirds", 3),
                     ("quarter", 4), ("quarters", 4), ("dozen", 12), ("bilateral", 2), ("trilateral", 3), ("secondary", 2),
                     ("daiichi", 1), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70),
                     ("eighty", 80), ("ninety", 90), ("hundred", 100),
                 })
        {
            words[word] = value;
        }

        return words;
    }
}
