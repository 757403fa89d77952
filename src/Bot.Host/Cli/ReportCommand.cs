using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Core.Reporting;
using Bot.Host.Composition;
using Bot.Infrastructure.Reporting;
using Bot.Infrastructure.Retrieval;
using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Storage.Postgres;
using Microsoft.Extensions.Options;

namespace Bot.Host.Cli;

/// <summary>
/// <c>report [--days N] [--json] [--recheck]</c>: what was asked, what the bot could not answer, and what people said about it,
/// from the configured database (LiteDB file or PostgreSQL), offline.
/// </summary>
public static class ReportCommand
{
    public const int DefaultDays = 7;

    public static Command Create()
    {
        // A string, read here: a bad value gets a message naming --days and exit code 2, not the parser's generic error.
        var days = new Option<string>("--days") { Description = $"How many days back to report, 1–{CuratorReportBuilder.MaxDays} (default {DefaultDays})." };
        var json = new Option<bool>("--json") { Description = "Print the report as one JSON object (camelCase), as /admin/api/report serves it." };
        var recheck = new Option<bool>("--recheck") { Description = "Ask every gap's example again against the knowledge loaded now, and say which are answered now." };
        var command = new Command("report", "Curator report: questions per day, outcomes, top questions, gaps (similar questions grouped), 👎 reasons.")
        {
            days, json, recheck,
        };
        command.SetAction(parse => Run(parse.GetValue(days), parse.GetValue(json), parse.GetValue(recheck)));
        return command;
    }

    /// <summary>The number of days <paramref name="value"/> asks for; null, with the message to print, when it is not 1–3650.</summary>
    public static int? ParseDays(string? value, out string? error)
    {
        error = null;
        if (value is null)
        {
            return DefaultDays;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= CuratorReportBuilder.MaxDays)
        {
            return n;
        }

        error = $"report: --days must be a whole number of days from 1 to {CuratorReportBuilder.MaxDays} (got '{Printable(value)}')";
        return null;
    }

    private static int Run(string? daysValue, bool json, bool recheck)
    {
        if (ParseDays(daysValue, out var error) is not { } days)
        {
            Console.Error.WriteLine(error);
            return ExitCodes.Usage;
        }

        using var host = CliHost.Build();
        var hostBuilt = SinceStart();
        // A new process spends seconds loading the knowledge base and then the retrieval index, neither of which summing the
        // log needs: they are made on another thread while this one sums, and only the closest-entry lookups (and a re-check)
        // wait for them. The model is not loaded here (see below). A broken base still decides the exit code (1, its problems
        // printed), whatever the store said.
        var knowledgeLoaded = 0L;
        var knowledge = Task.Run(() =>
        {
            var loaded = CliStartup.Guard(() => KnowledgeGate.TryLoad(host.Services) ? ExitCodes.Ok : ExitCodes.KnowledgeInvalid);
            knowledgeLoaded = SinceStart();
            return loaded;
        });
        var warming = knowledge.ContinueWith(async loaded =>
        {
            if (loaded.Result != ExitCodes.Ok || host.Services.GetService<HybridRetriever>() is not { } retriever)
            {
                return;
            }

            try
            {
                // The index only: the lookups bring the examples' stored vectors, so the model is loaded (inside the first
                // lookup) only when some example has none — the first report on a file, or a new example.
                await retriever.PrepareIndexAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The closest-entry lookups meet (and report) the same failure.
            }
        }, TaskScheduler.Default).Unwrap();

        CuratorReport? report = null;
        var built = 0L;
        var exit = CliStartup.Guard(() =>
        {
            var reports = host.Services.GetRequiredService<ICuratorReports>();
            try
            {
                report = reports is CuratorReportBuilder builder ? builder.Build(days, lookupsReady: warming) : reports.Build(days);
                built = SinceStart();
            }
            catch (Exception ex) when (PostgresDatabase.IsUnavailable(ex) || ex is LiteDB.LiteException or IOException or UnauthorizedAccessException)
            {
                // Names the file or host:port/database and the reason, never the connection string.
                Console.Error.WriteLine($"report: cannot read {Describe(host.Services)}: {ex.Message}");
                return ExitCodes.Configuration;
            }

            return ExitCodes.Ok;
        });
        var knowledgeExit = knowledge.GetAwaiter().GetResult();
        warming.GetAwaiter().GetResult();
        if (knowledgeExit != ExitCodes.Ok || exit != ExitCodes.Ok || report is null)
        {
            return knowledgeExit != ExitCodes.Ok ? knowledgeExit : exit;
        }

        // Where a new process spends its time (the report's own split is logged by the builder).
        host.Services.GetRequiredService<ILogger<CuratorReportBuilder>>().LogDebug(
            "report command: host built {Host} ms after the process started, knowledge loaded {Knowledge} ms, report built {Built} ms, warm-up done {Warm} ms",
            hostBuilt, knowledgeLoaded, built, SinceStart());
        return CliStartup.Guard(() =>
        {
            if (recheck)
            {
                var reports = host.Services.GetRequiredService<ICuratorReports>();
                report = report with { Gaps = reports is CuratorReportBuilder builder ? builder.Recheck(report.Gaps) : reports.Recheck(days) };
            }

            Console.WriteLine(json ? ToJson(report) : ReportText.Format(report, days, host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.LogQuestionText));
            return ExitCodes.Ok;
        });
    }

    /// <summary>Milliseconds since the process started (runtime start-up included).</summary>
    private static long SinceStart()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return (long)(DateTime.Now - self.StartTime).TotalMilliseconds;
    }

    public static string ToJson(CuratorReport report) => JsonSerializer.Serialize(report, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Readable Korean and Japanese for terminals and scripts; still valid JSON (quotes, backslashes and controls escaped).
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string Describe(IServiceProvider services) => services.UsesPostgres()
        ? services.GetRequiredService<PostgresDatabase>().Description
        : services.GetRequiredService<IOptions<StorageOptions>>().Value.Path;

    private static string Printable(string value) => ReportText.OneLine(value, 40);
}
