using System.CommandLine;
using System.Globalization;
using Bot.Core.Answers;
using Bot.Core.Routing;
using Bot.Host.Composition;
using Bot.Host.Evaluation;

namespace Bot.Host.Cli;

/// <summary><c>eval file.jsonl</c>: runs every question through the same path as <c>ask</c> and reports accuracy by category.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "JSONL: {question, expect, must_include, must_not_include, category}." };
        var min = new Option<double>("--min-accuracy") { Description = "Exit 1 when overall accuracy is below this (0–1).", DefaultValueFactory = _ => 0 };
        var verbose = new Option<bool>("--verbose") { Description = "Print every failing question with its reasons." };
        var lang = LangOption.Create();
        var command = new Command("eval", "Measure answer quality on a question set.") { file, min, verbose, lang };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(file)!, parse.GetValue(min), parse.GetValue(verbose), parse.GetValue(lang), ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, double minAccuracy, bool verbose, string? langCode, CancellationToken ct)
    {
        if (!LangOption.TryRead(langCode, out var lang))
        {
            await Console.Error.WriteLineAsync(LangOption.Usage);
            return ExitCodes.Usage;
        }

        if (!file.Exists)
        {
            await Console.Error.WriteLineAsync($"eval: no such file: {file.FullName}");
            return ExitCodes.Usage;
        }

        IReadOnlyList<EvalCase> cases;
        try
        {
            cases = EvalCase.ReadAll(file.FullName);
        }
        catch (FormatException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return ExitCodes.Usage;
        }

        using var host = CliHost.Build();
        if (!KnowledgeGate.TryLoad(host.Services))
        {
            return ExitCodes.KnowledgeInvalid;
        }

        var router = host.Services.GetRequiredService<IntentRouter>();
        var results = new List<(EvalCase Case, IReadOnlyList<string> Failures)>();
        var index = 0;
        var run = Guid.NewGuid().ToString("N");
        foreach (var c in cases)
        {
            index++;
            var conversation = c.Conversation is { } id ? BatchLine.ConversationKey(run, id) : $"eval:{run}:{index}";
            var answer = await router.RouteAsync(new Question { Text = c.Question, ConversationKey = conversation, Platform = "eval", ForcedLanguage = lang }, ct);
            var failures = EvalGrader.Failures(c, answer.Outcome.ToString(), AnswerText.Render(answer));
            results.Add((c, failures));
            if (verbose && failures.Count > 0)
            {
                Console.WriteLine($"FAIL [{c.Category}] {c.Question}\n     {string.Join("; ", failures)} (intent {answer.Intent})");
            }
        }

        foreach (var group in results.GroupBy(r => r.Case.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ok = group.Count(r => r.Failures.Count == 0);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key,-16} {ok,4}/{group.Count(),-4} {100.0 * ok / group.Count(),6:0.0}%"));
        }

        var passed = results.Count(r => r.Failures.Count == 0);
        var accuracy = results.Count == 0 ? 0 : (double)passed / results.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"overall",-16} {passed,4}/{results.Count,-4} {100 * accuracy,6:0.0}%"));
        if (accuracy < minAccuracy)
        {
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"eval: accuracy {accuracy:P1} is below the threshold {minAccuracy:P1}"));
            return 1;
        }

        return ExitCodes.Ok;
    }
}
