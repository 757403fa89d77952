using System.CommandLine;
using Bot.Adapters.Discord;
using Bot.Adapters.Slack;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Core.Abstractions;
using Bot.Core.Digest;
using Bot.Core.Knowledge;
using Bot.Host.Composition;
using Bot.Infrastructure.Digest;
using Microsoft.Extensions.Options;

namespace Bot.Host.Cli;

/// <summary>
/// <c>digest preview|tick|list</c>. <c>tick</c> does what the scheduler in <c>serve</c> does at one instant, so cron or
/// a Kubernetes CronJob can drive the digest instead; every verb shares the database and its exactly-once records.
/// </summary>
public static class DigestCommand
{
    /// <summary><c>digest tick</c>: a delivery failed for good (the subscription is marked failing).</summary>
    public const int DeliveryFailed = 4;

    public static Command Create() => new("digest", "The daily digest: preview it, post what is due, list subscriptions.")
    {
        Preview(),
        Tick(),
        List(),
    };

    private static Command Preview()
    {
        var date = new Option<string?>("--date") { Description = "Local date YYYY-MM-DD (default: today in Asia/Seoul)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text." };
        var lang = new Option<string?>("--lang") { Description = "Write the digest in this language (en, ko or ja), as a channel with that default language gets it (default: en)." };
        var command = new Command("preview", "Print the digest for a date, as a first-time subscriber would get it; posts nothing.") { date, json, lang };
        command.SetAction((parse, ct) => PreviewAsync(parse.GetValue(date), parse.GetValue(json), parse.GetValue(lang), ct));
        return command;
    }

    private static Command Tick()
    {
        var now = new Option<string?>("--now") { Description = "The instant to act at, ISO-8601 with offset (2026-06-22T08:00:00+09:00); default: now." };
        var command = new Command("tick", "Post every due digest not yet posted (idempotent: safe to run every minute from cron).") { now };
        command.SetAction((parse, ct) => TickAsync(parse.GetValue(now), ct));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "Show subscriptions (configured and by command) and their last deliveries.");
        command.SetAction(_ => ListSubscriptions());
        return command;
    }

    private static IHost BuildHost() => CliHost.Build(configure: services =>
    {
        // Before AddDigest, so this one (which also prints to stdout) is the stand-in AddDigest keeps.
        services.AddSingleton(sp => new LogOnlyDigestPublisher(sp.GetRequiredService<ILogger<LogOnlyDigestPublisher>>(), Console.Out));
        services.AddDigest();
        // So `digest tick` from cron posts through the platforms that are configured (each publisher stands aside,
        // leaving the log-only stand-in, when its platform has no token). The adapters' background clients are hosted
        // services and never start here: this host is not run.
        services.AddDiscord();
        services.AddSlack();
    });

    private static async Task<int> PreviewAsync(string? dateText, bool json, string? langCode, CancellationToken ct)
    {
        if (!LangOption.TryRead(langCode, out var lang))
        {
            await Console.Error.WriteLineAsync($"digest preview: --lang '{langCode}' is not a language I write ({LangOption.Usage})");
            return ExitCodes.Usage;
        }

        using var host = BuildHost();
        var date = DateOnly.MinValue;
        if (dateText is not null && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            await Console.Error.WriteLineAsync($"digest preview: --date '{dateText}' is not YYYY-MM-DD");
            return ExitCodes.Usage;
        }

        var opened = CliStartup.Guard(() =>
        {
            _ = host.Services.GetRequiredService<IOptions<DigestOptions>>().Value;
            return KnowledgeGate.TryLoad(host.Services) ? ExitCodes.Ok : ExitCodes.KnowledgeInvalid;
        });
        if (opened != ExitCodes.Ok)
        {
            return opened;
        }

        if (dateText is null)
        {
            _ = DigestRules.TryFindTimeZone(DigestRules.DefaultTimeZone, out var seoul);
            date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(host.Services.GetRequiredService<TimeProvider>().GetUtcNow(), seoul).DateTime);
        }

        var kb = host.Services.GetRequiredService<IKnowledgeProvider>().Current;
        var headlines = await host.Services.GetRequiredService<IHeadlineSource>().FetchAsync(ct);
        var digest = DigestComposer.Compose(kb, date, DigestContext.Empty with { Headlines = headlines, Lang = lang ?? Lang.En });
        await Console.Out.WriteLineAsync(json ? JsonSerializer.Serialize(JsonDigest.From(digest), JsonOptions) : digest.ToText());
        return ExitCodes.Ok;
    }

    private static async Task<int> TickAsync(string? nowText, CancellationToken ct)
    {
        using var host = BuildHost();
        var now = DateTimeOffset.MinValue;
        if (nowText is not null && !TryParseInstant(nowText, out now))
        {
            await Console.Error.WriteLineAsync($"digest tick: --now '{nowText}' is not an ISO-8601 instant with an offset (2026-06-22T08:00:00+09:00 or 2026-06-21T23:00:00Z)");
            return ExitCodes.Usage;
        }

        DigestRunner? runner = null;
        var opened = CliStartup.Guard(() =>
        {
            if (!KnowledgeGate.TryLoad(host.Services))
            {
                return ExitCodes.KnowledgeInvalid;
            }

            // Assigned only once the options proved valid: a half-opened runner must not tick.
            var opening = host.Services.GetRequiredService<DigestRunner>();
            opening.SyncConfiguredSubscriptions();
            runner = opening;
            return ExitCodes.Ok;
        });
        if (runner is null)
        {
            return opened;
        }

        if (nowText is null)
        {
            now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        }

        var results = await runner.TickAsync(now, ct);
        if (results.Count == 0)
        {
            await Console.Out.WriteLineAsync("No digest subscriptions: configure Digest__Subscriptions__0__… or subscribe a channel with /digest subscribe.");
        }

        foreach (var result in results)
        {
            await Console.Out.WriteLineAsync(result.ToString());
        }

        return results.Any(r => r.Outcome == DigestTickOutcome.Failed) ? DeliveryFailed : ExitCodes.Ok;
    }

    private static int ListSubscriptions()
    {
        using var host = BuildHost();
        IDigestStore? store = null;
        var opened = CliStartup.Guard(() =>
        {
            var opening = host.Services.GetRequiredService<IDigestStore>();
            ConfiguredSubscriptions.Apply(opening, host.Services.GetRequiredService<IOptions<DigestOptions>>().Value);
            store = opening;
            return ExitCodes.Ok;
        });
        if (store is null)
        {
            return opened;
        }

        var subscriptions = store.Subscriptions();
        if (subscriptions.Count == 0)
        {
            Console.WriteLine("No digest subscriptions.");
            return ExitCodes.Ok;
        }

        foreach (var s in subscriptions)
        {
            var status = s.Status == SubscriptionStatus.Ok ? "ok" : $"FAILING since {s.StatusChangedAt:yyyy-MM-dd HH:mm}Z: {s.LastError}";
            var workspace = s.Workspace.Length == 0 ? "" : $" in {s.Workspace}";
            Console.WriteLine($"{s.Id}{workspace}  {s.Time:HH\\:mm} {s.TimeZone}  [{string.Join(", ", DigestSectionNames.Names(s.Sections))}]  {s.Origin.ToString().ToLowerInvariant()}  {status}");
            var deliveries = store.RecentDeliveries(s.Id, 5);
            if (deliveries.Count == 0)
            {
                Console.WriteLine("    no deliveries yet");
            }

            foreach (var d in deliveries)
            {
                var error = d.Error is null ? "" : $"  ({d.Error})";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {d.LocalDate:yyyy-MM-dd}  {d.State.ToString().ToLowerInvariant(),-8} attempts {d.Attempts}  updated {d.UpdatedAt:yyyy-MM-dd HH:mm}Z  key {d.Key}{error}"));
            }
        }

        return ExitCodes.Ok;
    }

    private static bool TryParseInstant(string text, out DateTimeOffset instant)
    {
        instant = default;
        var trimmed = text.Trim();
        // An instant without an offset would silently mean this machine's zone: demand one.
        var hasOffset = trimmed.EndsWith('Z') || trimmed.EndsWith('z') || System.Text.RegularExpressions.Regex.IsMatch(trimmed, @"[+-]\d{2}:?\d{2}$");
        return hasOffset && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private sealed record JsonDigest(
        string Date,
        string Lang,
        string Title,
        IReadOnlyList<JsonSection> Sections,
        JsonChart? Chart,
        string? FaqId,
        IReadOnlyList<JsonSource> Sources,
        string? AsOf,
        string Text)
    {
        public static JsonDigest From(Digest d) => new(
            d.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            d.Lang.Code(),
            d.Title,
            [.. d.Sections.Select(s => new JsonSection(s.Kind, s.Heading, s.Body))],
            d.Chart is { } c ? new JsonChart(c.SeriesId, c.FromYear, c.ToYear) : null,
            d.FaqId,
            [.. d.Sources.Select(s => new JsonSource(s.Id, s.Title, s.Publisher, s.Date?.ToString(), s.Url))],
            d.AsOf?.ToString(),
            d.ToText());
    }

    private sealed record JsonSection(string Kind, string Heading, string Body);

    private sealed record JsonChart(string SeriesId, int? From, int? To);
}
