using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Routing;
using Bot.Host.Cli;
using Bot.Host.Composition;
using Bot.Host.Evaluation;
using Bot.Infrastructure.Retrieval;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Benchmarks.Retrieval;

/// <summary>One free-form retrieval call as the free-form intent made it (its text is the spelling-corrected question).</summary>
public sealed record RetrievalCall(string Text, int MaxPassages);

/// <summary>How one evaluation question fared in one mode.</summary>
public sealed record EvalResult(EvalCase Case, string Intent, Outcome Outcome, IReadOnlyList<string> Failures)
{
    public bool Passed => Failures.Count == 0;

    public bool IsFreeForm => Intent == IntentNames.FreeForm;
}

/// <summary>
/// The CLI's own composition (<see cref="CliHost"/>: same router, intents, retriever, composer, storage) with one change:
/// <see cref="RetrievalOptions.Mode"/>. The retriever is wrapped only to record what the free-form intent asks it, so the
/// latency figures replay exactly the calls the evaluation made.
/// </summary>
public sealed class ModeHost : IDisposable
{
    private readonly IHost _host;

    private ModeHost(RetrievalMode mode, IHost host, IntentRouter router)
    {
        Mode = mode;
        _host = host;
        Router = router;
        Retriever = host.Services.GetRequiredService<HybridRetriever>();
        Recorder = host.Services.GetRequiredService<RecordingRetriever>();
    }

    public RetrievalMode Mode { get; }

    public IntentRouter Router { get; }

    /// <summary>The real retriever, for timing without the recorder in between.</summary>
    public HybridRetriever Retriever { get; }

    public RecordingRetriever Recorder { get; }

    /// <summary>The host's services, to build a router around the same knowledge, retriever and composer.</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>Points the host at the repository's knowledge and at <paramref name="storagePath"/>; no LLM, whatever the environment says.</summary>
    public static void ConfigureEnvironment(string storagePath, bool quiet)
    {
        Environment.SetEnvironmentVariable("Knowledge__Path", Path.Combine(RepositoryPaths.Root(), "knowledge"));
        Environment.SetEnvironmentVariable("Storage__Path", storagePath);
        Environment.SetEnvironmentVariable("Llm__Endpoint", null);
        Environment.SetEnvironmentVariable("Llm__Model", null);
        Environment.SetEnvironmentVariable("Retrieval__Mode", null);
        if (quiet)
        {
            Environment.SetEnvironmentVariable("Logging__LogLevel__Bot", "Warning");
        }
    }

    /// <summary>Builds the host, loads knowledge, and builds the index (embedding what the cache lacks, loading the model).</summary>
    public static async Task<ModeHost> StartAsync(RetrievalMode mode)
    {
        var host = CliHost.Build(configure: services =>
        {
            services.PostConfigure<RetrievalOptions>(o => o.Mode = mode);
            services.AddSingleton(sp => new RecordingRetriever(sp.GetRequiredService<HybridRetriever>()));
            services.AddSingleton<IRetriever>(sp => sp.GetRequiredService<RecordingRetriever>());
        });
        if (CliStartup.OpenRouter(host.Services, out var router) != ExitCodes.Ok || router is null)
        {
            host.Dispose();
            throw new InvalidOperationException("the host did not start: see stderr");
        }

        var modeHost = new ModeHost(mode, host, router);
        await modeHost.Retriever.WarmUpAsync();

        // A silent fallback (model failed to load, or an LLM configured somewhere) would make the comparison meaningless.
        if (host.Services.GetRequiredService<IAnswerComposer>() is not ExtractiveAnswerComposer)
        {
            throw new InvalidOperationException("the answer composer is not the extractive one: unset Llm:Endpoint/Llm:Model");
        }

        if (modeHost.Retriever.DenseActive != (mode != RetrievalMode.Lexical))
        {
            throw new InvalidOperationException($"{mode}: dense search is {(modeHost.Retriever.DenseActive ? "on" : "off")}, which this mode does not use");
        }

        return modeHost;
    }

    /// <summary>Every case through the router, as <c>eval</c> does (one fresh conversation per question), graded by <see cref="EvalGrader"/>.</summary>
    public async Task<List<EvalResult>> EvaluateAsync(IReadOnlyList<EvalCase> cases, CancellationToken cancellationToken = default)
    {
        var results = new List<EvalResult>(cases.Count);
        var run = Guid.NewGuid().ToString("N");
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            var answer = await Router.RouteAsync(new Question { Text = c.Question, ConversationKey = $"eval:{run}:{i + 1}", Platform = "eval" }, cancellationToken);
            results.Add(new EvalResult(c, answer.Intent, answer.Outcome, EvalGrader.Failures(c, answer.Outcome.ToString(), AnswerText.Render(answer))));
        }

        return results;
    }

    public void Dispose() => _host.Dispose();
}

/// <summary>Passes calls through to the real retriever and remembers each one.</summary>
public sealed class RecordingRetriever(IRetriever inner) : IRetriever
{
    private readonly List<RetrievalCall> _calls = [];

    public bool IsEnabled => inner.IsEnabled;

    public IReadOnlyList<RetrievalCall> Calls => _calls;

    public Task<RetrievalResult> RetrieveAsync(string question, int maxPassages, CancellationToken cancellationToken)
    {
        lock (_calls)
        {
            _calls.Add(new RetrievalCall(question, maxPassages));
        }

        return inner.RetrieveAsync(question, maxPassages, cancellationToken);
    }
}
