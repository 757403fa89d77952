using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public sealed class TextTests
{
    [Fact]
    public void Clean_ControlCharactersAndFullWidth_AreNormalised()
    {
        Assert.Equal("GSOMIA 2019", TextNormalizer.Clean("\u0000ＧＳＯＭＩＡ\t\u200b ２０１９\u0007\r\n"));
    }

    [Theory]
    [InlineData("\u202eabc\u202c", "abc")]
    [InlineData("\u2066a\u2067b\u2068c\u2069", "abc")]
    [InlineData("a\u0000b\u0007c\u007fd\u0080e\u009ff", "abcdef")]
    [InlineData("keep\ttabs\r\nand lines", "keep\ttabs\r\nand lines")]
    [InlineData("👨\u200d👩 独島 독도", "👨\u200d👩 独島 독도")]
    public void StripUnsafe_ControlsAndBidiOverrides_RemovedOthersKept(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.StripUnsafe(text));

    [Fact]
    public void Clean_HugeInput_IsBounded()
    {
        var cleaned = TextNormalizer.Clean(new string('x', 100_000));
        Assert.Equal(TextNormalizer.MaxQuestionLength, cleaned.Length);
    }

    [Fact]
    public void Clean_LoneSurrogatesAndBinary_DoNotThrow()
    {
        var garbage = new string([.. Enumerable.Range(0, 5000).Select(i => (char)(i * 7919 % 65536))]);
        var cleaned = TextNormalizer.Clean(garbage);
        Assert.True(cleaned.Length <= TextNormalizer.MaxQuestionLength);
        Assert.DoesNotContain('\u0000', cleaned);
    }

    [Theory]
    [InlineData("Korea's imports from Japan", new[] { "korea", "imports", "from", "japan" })]
    [InlineData("lee jae-myung", new[] { "lee", "jae", "myung" })]
    [InlineData("독도 Dokdo 竹島", new[] { "dokdo" })]
    public void Words_Text_SplitsLatinWords(string text, string[] expected) =>
        Assert.Equal(expected, Tokenizer.Words(TextNormalizer.Fold(text)));

    [Theory]
    [InlineData("gsomia", "gsomia", 0)]
    [InlineData("comfrot", "comfort", 1)]
    [InlineData("takeshmia", "takeshima", 1)]
    [InlineData("export", "imports", 2)]
    [InlineData("abc", "xyzxyz", 2)]
    public void Bounded_Distance_IsOptimalStringAlignment(string a, string b, int expected) =>
        Assert.Equal(expected, Math.Min(EditDistance.Bounded(a, b, 2), 2));

    /// <summary>The ASCII fast path and the general path must fold alike: both kinds of text are in every table.</summary>
    [Theory]
    [InlineData("GSOMIA in 2019", "gsomia in 2019")]
    [InlineData("Japan`s EXPORT curbs", "japan's export curbs")]
    [InlineData("Dokdo/Takeshima: WHO owns it?", "dokdo/takeshima: who owns it?")]
    [InlineData("Japan\u2019s \u201cwhite list\u201d \u2014 ÅLAND", "japan's \u201cwhite list\u201d - åland")]
    [InlineData("Ōsaka–Seoul", "osaka-seoul")]
    [InlineData("독도 DOKDO 竹島", "독도 dokdo 竹島")]
    [InlineData("", "")]
    public void Fold_AsciiAndOtherText_LowerCasedWithPlainPunctuation(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Fold(text));

    /// <summary>More run-time patterns than <see cref="System.Text.RegularExpressions.Regex"/>'s own cache holds (15), asked twice.</summary>
    [Fact]
    public void Patterns_ManyPatterns_MatchAsRegexDoes()
    {
        string[] places = ["Seoul", "Tokyo", "Busan", "Nara", "Gyeongju", "Jeju", "Kyoto", "Kagoshima", "Bonn", "New Delhi", "Washington",
            "Camp David", "Kananaskis", "Matsue", "Osaka", "Beijing", "Shanghai", "Sado", "Hiroshima", "Nagoya"];
        const string text = "The treaty was signed in Tokyo; the ratifications were exchanged in seoul.";
        for (var round = 0; round < 2; round++)
        {
            foreach (var place in places)
            {
                var pattern = $@"\b(in|at) (the )?{System.Text.RegularExpressions.Regex.Escape(place)}\b";
                var expected = System.Text.RegularExpressions.Regex.IsMatch(text, pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase);
                Assert.Equal(expected, Patterns.IsMatch(text, pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase));
                Assert.Equal(place is "Tokyo" or "Seoul", expected);
            }
        }
    }
}
