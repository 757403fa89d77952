using System.CommandLine;
using System.Diagnostics;
using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Bot.Core.Routing;
using Bot.Host.Composition;

namespace Bot.Host.Cli;

/// <summary><c>ask "question"</c>, <c>ask --json</c>, <c>ask --json --batch</c> (one question per stdin line).</summary>
public static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string[]>("question") { Arity = ArgumentArity.ZeroOrMore, Description = "The question (quote it)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text." };
        var batch = new Option<bool>("--batch") { Description = "Read one question per line from stdin; write one answer per line." };
        var explain = new Option<bool>("--explain") { Description = "Also print how the question was parsed (names found, years, cues) to stderr: for curators tuning aliases." };
        var lang = LangOption.Create();
        var command = new Command("ask", "Answer one question (no token or network needed).") { question, json, batch, explain, lang };
        command.SetAction((parse, ct) => RunAsync(string.Join(' ', parse.GetValue(question) ?? []), parse.GetValue(json), parse.GetValue(batch), parse.GetValue(explain), parse.GetValue(lang), ct));
        return command;
    }

    private static async Task<int> RunAsync(string text, bool json, bool batch, bool explain, string? langCode, CancellationToken ct)
    {
        if (!batch && string.IsNullOrWhiteSpace(text))
        {
            await Console.Error.WriteLineAsync("""usage: ask "<question>"   e.g. ask "When was the 1965 treaty signed?" """.TrimEnd());
            return ExitCodes.Usage;
        }

        if (!LangOption.TryRead(langCode, out var lang))
        {
            await Console.Error.WriteLineAsync(LangOption.Usage);
            return ExitCodes.Usage;
        }

        using var host = CliHost.Build();
        var opened = CliStartup.OpenRouter(host.Services, out var router);
        if (router is null)
        {
            return opened;
        }

        if (explain && !batch)
        {
            await ExplainAsync(router, text, $"explain:{Guid.NewGuid():N}", lang, ct);
        }

        if (!batch)
        {
            await AnswerAsync(router, text, $"cli:{Guid.NewGuid():N}", json, lang, ct);
            return ExitCodes.Ok;
        }

        var line = 0;
        var run = Guid.NewGuid().ToString("N");
        while (await Console.In.ReadLineAsync(ct) is { } raw)
        {
            line++;
            var parsed = BatchLine.Parse(raw);
            if (parsed.Error is { } error)
            {
                await WriteBadLineAsync(raw, line, error, json);
                continue;
            }

            var conversation = parsed.Conversation is { } id ? BatchLine.ConversationKey(run, id) : $"batch:{run}:{line}";
            if (explain)
            {
                await ExplainAsync(router, parsed.Question, conversation, lang, ct);
            }

            await AnswerAsync(router, parsed.Question, conversation, json, lang, ct);
        }

        return ExitCodes.Ok;
    }

    /// <summary>How the question was read and how every intent's candidate scored, to stderr: for curators tuning aliases.</summary>
    private static async Task ExplainAsync(IntentRouter router, string text, string conversation, Lang? lang, CancellationToken ct)
    {
        foreach (var trace in await router.ExplainAsync(new Question { Text = text, ConversationKey = conversation, Platform = "cli", ForcedLanguage = lang }, ct))
        {
            var p = trace.Part;
            await Console.Error.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(new
            {
                part = p.Wording.Original,
                type = p.Type.ToString(),
                p.Asking,
                p.Targets,
                p.Period,
                p.Scope,
                p.FollowUp,
                p.Claim,
                hits = p.Wording.Hits.Select(h => $"{h.Kind}:{h.Id}"),
                contentWords = p.Wording.ContentWords,
                candidates = trace.Candidates.Select(c => $"{c.Score:0.000} {c.Candidate.Intent} type={c.Candidate.Fit.TypeMatch:0.00} cov={c.Coverage:0.00} spec={c.Candidate.Fit.Specificity:0.00} \"{c.Candidate.Answer.Title}\""),
            }, ExplainJson));
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions ExplainJson = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>A line that can't be read still gets its one output line, so answers stay aligned with input lines.</summary>
    private static async Task WriteBadLineAsync(string raw, int line, string error, bool json)
    {
        var answer = new Answer
        {
            Outcome = Outcome.Clarify,
            Intent = BatchLine.InvalidIntent,
            Title = "Not a question line",
            Body = $"Line {line}: {error}. Write a question as plain text, or as {{\"conversation\":\"c1\",\"question\":\"…\"}}.",
        };
        await Console.Out.WriteLineAsync(json ? JsonAnswer.From(raw, answer, 0).ToJson() : AnswerText.Render(answer));
    }

    private static async Task AnswerAsync(IntentRouter router, string text, string conversation, bool json, Lang? lang, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var answer = await router.RouteAsync(new Question { Text = text, ConversationKey = conversation, Platform = "cli", ForcedLanguage = lang }, ct);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        await Console.Out.WriteLineAsync(json ? JsonAnswer.From(text, answer, elapsed).ToJson() : AnswerText.Render(answer));
        if (!json)
        {
            await Console.Out.WriteLineAsync();
        }
    }
}
