using Bot.Core.Abstractions;
using Bot.Core.Conversations;
using Bot.Core.Knowledge;
using Bot.Core.Routing;
using Bot.Infrastructure.Reporting;
using Bot.Infrastructure.Retrieval;
using Bot.Infrastructure.Tests.Retrieval;
using Bot.Infrastructure.Tests.Storage;
using Bot.Infrastructure.Tests.Storage.Contracts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace Bot.Infrastructure.Tests.Reporting;

/// <summary>A knowledge provider a test can swap, as a reload does.</summary>
public sealed class SwappableKnowledge(KnowledgeBase kb) : IKnowledgeProvider
{
    public KnowledgeBase Current { get; set; } = kb;
}

/// <summary>A report builder over a real LiteDB file, the fixture knowledge, the fake embedding model and a fake clock.</summary>
public sealed class ReportSetup : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    public ReportSetup(bool logQuestionText = true, KnowledgeBase? kb = null, IEmbeddingGenerator<string, Embedding<float>>? generator = null)
    {
        Storage = new LiteDbUnderTest();
        Knowledge = new SwappableKnowledge(kb ?? KnowledgeFixture.Create());
        Generator = generator ?? new FakeEmbeddingGenerator();
        Log = Storage.QueryLog();
        Feedback = Storage.Feedback(Time);
        var retriever = new HybridRetriever(Knowledge, MsOptions.Create(new RetrievalOptions()), new ListLogger<HybridRetriever>(), Generator);
        // The report's own settings: the log below may have been written with question text on, as before an operator switched it off.
        _options = new Bot.Infrastructure.Storage.StorageOptions { Path = Storage.Options.Path, LogQuestionText = logQuestionText };
        _newBuilder = () => Builder(retriever, Generator);
        Reports = _newBuilder();
    }

    private readonly Bot.Infrastructure.Storage.StorageOptions _options;

    /// <summary>
    /// A builder as a new CLI process makes it: its own retriever, whose passage vectors come from the store's embedding cache
    /// (stored there by the first such process), and <paramref name="generator"/> as the model.
    /// </summary>
    public CuratorReportBuilder NewProcess(IEmbeddingGenerator<string, Embedding<float>> generator) =>
        Builder(new HybridRetriever(Knowledge, MsOptions.Create(new RetrievalOptions()), new ListLogger<HybridRetriever>(), generator,
            Storage.Embeddings()), generator);

    private CuratorReportBuilder Builder(HybridRetriever retriever, IEmbeddingGenerator<string, Embedding<float>> generator)
    {
        var router = new IntentRouter(Knowledge, IntentPipeline.Create(retriever, Retrievers.Extractive()),
            new InMemoryConversationStore(Time, TimeSpan.FromMinutes(30)), new NullQueryLog(), Time);
        return new CuratorReportBuilder(Log, Feedback, retriever, router, MsOptions.Create(_options), Time,
            new ListLogger<CuratorReportBuilder>(), generator, gapVectors: (IGapVectorCache)Storage.Embeddings());
    }

    private readonly Func<CuratorReportBuilder> _newBuilder;

    /// <summary>Another builder over the same store, nothing memoised in memory: the CLI's next <c>report</c> process.</summary>
    public CuratorReportBuilder NewBuilder() => _newBuilder();

    /// <summary>The gap vectors the store keeps.</summary>
    public IGapVectorCache GapVectors => (IGapVectorCache)Storage.Embeddings();

    public FakeTimeProvider Time { get; } = new(Now);

    public LiteDbUnderTest Storage { get; }

    public SwappableKnowledge Knowledge { get; }

    public IEmbeddingGenerator<string, Embedding<float>> Generator { get; }

    public Bot.Infrastructure.Storage.IQueryLogStore Log { get; }

    public IFeedbackStore Feedback { get; }

    public CuratorReportBuilder Reports { get; }

    /// <summary>An entry <paramref name="hoursAgo"/> before <see cref="Now"/>.</summary>
    public static QueryLogEntry Asked(string? question, string outcome = "answer", string intent = IntentNames.Faq, double hoursAgo = 1,
        string platform = "discord", double confidence = 0.9, string? topic = null, string? answerId = null, double latencyMs = 2) =>
        new(Now.AddHours(-hoursAgo), platform, question, intent, outcome, latencyMs, "conv", answerId, confidence, topic);

    public void Dispose() => Storage.Dispose();
}
