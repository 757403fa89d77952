using Bot.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Bot.Infrastructure.Retrieval;

/// <summary>
/// The two ways text is cut into search terms: English words (stemmed, question words dropped) and CJK bigrams
/// (Hangul, kana and kanji have no spaces to split on). Index and queries use the same analyzers, and so does
/// sentence selection in the composer, so "restricted" in a question matches "restrictions" in a passage.
/// </summary>
internal static class TextAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const string EnglishField = "en";
    public const string CjkField = "cjk";

    // Lucene's English stop words plus the router's common words ("why", "did", "japan", "korea"…): words in nearly
    // every question or passage would otherwise dominate both BM25 and the coverage that confidence is built on.
    private static readonly CharArraySet StopWords = CreateStopWords();

    // Analyzers are thread-safe: each thread gets its own reused token stream.
    private static readonly Analyzer English = new EnglishAnalyzer(Version, StopWords);
    private static readonly Analyzer Cjk = new CJKAnalyzer(Version);

    /// <summary>The analyzer the index writer uses: English for <see cref="EnglishField"/>, bigrams for <see cref="CjkField"/>.</summary>
    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(English,
        new Dictionary<string, Analyzer> { [EnglishField] = English, [CjkField] = Cjk });

    /// <summary>Stemmed English terms, in order, duplicates kept. CJK characters, which the tokenizer splits one by one, are left to <see cref="CjkTerms"/>.</summary>
    public static List<string> EnglishTerms(string text) =>
        TextNormalizer.ContainsCjk(text) ? Terms(English, EnglishField, text).FindAll(t => !TextNormalizer.ContainsCjk(t)) : Terms(English, EnglishField, text);

    /// <summary>CJK bigrams (and lone CJK characters); Latin tokens are left to <see cref="EnglishTerms"/>.</summary>
    public static List<string> CjkTerms(string text) =>
        TextNormalizer.ContainsCjk(text) ? Terms(Cjk, CjkField, text).FindAll(TextNormalizer.ContainsCjk) : [];

    private static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static CharArraySet CreateStopWords()
    {
        var set = new CharArraySet(Version, EnglishAnalyzer.DefaultStopSet.Count + CommonWords.Stop.Count, ignoreCase: true);
        set.UnionWith(EnglishAnalyzer.DefaultStopSet);
        set.UnionWith(CommonWords.Stop);
        return set.AsReadOnly();
    }
}
