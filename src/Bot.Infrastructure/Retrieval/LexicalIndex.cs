using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Bot.Infrastructure.Retrieval;

/// <summary>One search term of a question and how much it counts (names added by glossary expansion count half).</summary>
internal readonly record struct QueryTerm(string Field, string Text, float Weight);

/// <summary>A BM25 hit: the chunk's position in the snapshot's chunk list and its raw score.</summary>
internal readonly record struct LexicalHit(int Ordinal, float Score);

/// <summary>
/// BM25 over the chunks in memory, with an English field and a CJK-bigram field. Queries are built term by term,
/// never parsed, so nothing a user types can become query syntax.
/// </summary>
internal sealed class LexicalIndex : IDisposable
{
    /// <summary>Bounds the work per question: a pasted essay must not become a thousand-clause query.</summary>
    internal const int MaxTermsPerGroup = 48;

    private const float ExpansionWeight = 0.5f;
    private const string OrdinalField = "ord";

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly HashSet<string>[] _chunkTerms;

    public LexicalIndex(IReadOnlyList<KnowledgeChunk> chunks)
    {
        var config = new IndexWriterConfig(TextAnalysis.Version, TextAnalysis.PerField)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
        };
        _chunkTerms = new HashSet<string>[chunks.Count];
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < chunks.Count; i++)
            {
                var text = chunks[i].IndexText;
                writer.AddDocument(new Document
                {
                    new StoredField(OrdinalField, i),
                    new TextField(TextAnalysis.EnglishField, text, Field.Store.NO),
                    new TextField(TextAnalysis.CjkField, text, Field.Store.NO),
                });

                // English terms never contain CJK characters and bigrams always do, so one set per chunk holds both.
                _chunkTerms[i] = [.. TextAnalysis.EnglishTerms(text), .. TextAnalysis.CjkTerms(text)];
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public int Count => _chunkTerms.Length;

    /// <summary>The question's terms (weight 1) followed by the expansion's terms not already asked for (half weight).</summary>
    public static IReadOnlyList<QueryTerm> Terms(string question, string expansion)
    {
        var terms = new List<QueryTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Add(TextAnalysis.EnglishTerms(question), TextAnalysis.EnglishField, 1f);
        Add(TextAnalysis.CjkTerms(question), TextAnalysis.CjkField, 1f);
        if (expansion.Length > 0)
        {
            Add(TextAnalysis.EnglishTerms(expansion), TextAnalysis.EnglishField, ExpansionWeight);
            Add(TextAnalysis.CjkTerms(expansion), TextAnalysis.CjkField, ExpansionWeight);
        }

        return terms;

        void Add(List<string> words, string field, float weight)
        {
            var added = 0;
            foreach (var word in words)
            {
                if (added < MaxTermsPerGroup && seen.Add(word))
                {
                    terms.Add(new QueryTerm(field, word, weight));
                    added++;
                }
            }
        }
    }

    public IReadOnlyList<LexicalHit> Search(IReadOnlyList<QueryTerm> terms, int top)
    {
        if (terms.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery();
        foreach (var t in terms)
        {
            query.Add(new TermQuery(new Term(t.Field, t.Text)) { Boost = t.Weight }, Occur.SHOULD);
        }

        var docs = _searcher.Search(query, top).ScoreDocs;
        var hits = new List<LexicalHit>(docs.Length);
        foreach (var d in docs)
        {
            var ordinal = _searcher.Doc(d.Doc).GetField(OrdinalField).GetInt32Value()!.Value;
            hits.Add(new LexicalHit(ordinal, d.Score));
        }

        return hits;
    }

    /// <summary>
    /// What each term of the question is worth for <see cref="Coverage"/>: its weight times its IDF, looked up once per
    /// question. An English word no passage contains still counts ("population of tokyo" is not about Tokyo in general),
    /// but an unknown CJK bigram does not: bigrams that straddle particles ("도는") are noise.
    /// </summary>
    public IReadOnlyList<(string Text, double Worth)> Weigh(IReadOnlyList<QueryTerm> terms)
    {
        var weighed = new List<(string, double)>(terms.Count);
        foreach (var t in terms)
        {
            var df = _reader.DocFreq(new Term(t.Field, t.Text));
            if (df > 0 || t.Field != TextAnalysis.CjkField)
            {
                weighed.Add((t.Text, t.Weight * Idf(df)));
            }
        }

        return weighed;
    }

    /// <summary>How much of the question's information (IDF-weighted) the chunk contains, 0–1: the lexical half of confidence.</summary>
    public double Coverage(IReadOnlyList<(string Text, double Worth)> weighed, int ordinal)
    {
        double asked = 0, found = 0;
        var chunk = _chunkTerms[ordinal];
        foreach (var (text, worth) in weighed)
        {
            asked += worth;
            if (chunk.Contains(text))
            {
                found += worth;
            }
        }

        return asked == 0 ? 0 : found / asked;
    }

    private double Idf(int docFreq) => Math.Log(1 + ((Count - docFreq + 0.5) / (docFreq + 0.5)));

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
