using System.CommandLine;
using System.Globalization;
using Bot.Core.Answers;
using Bot.Core.Routing;
using Bot.Host.Composition;
using Bot.Host.Evaluation;
using Bot.Infrastructure.Charts;

namespace Bot.Host.Cli;

/// <summary>
/// <c>eval file.jsonl [more.jsonl …]</c>: runs every question through the same path as <c>ask</c> and reports accuracy by
/// category, then a reliability table (accuracy by confidence). Several files are pooled: one summary line per file,
/// and the <c>overall</c> line and <c>--min-accuracy</c> are about all of them together.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "JSONL: {question, expect, must_include, must_not_include, category}; several files are pooled." };
        var min = new Option<double>("--min-accuracy") { Description = "Exit 1 when overall (pooled) accuracy is below this (0–1).", DefaultValueFactory = _ => 0 };
        var verbose = new Option<bool>("--verbose") { Description = "Print every failing question with its reasons." };
        var csv = new Option<FileInfo?>("--reliability-out") { Description = "Also write the reliability table as CSV." };
        var chart = new Option<FileInfo?>("--reliability-chart") { Description = "Also draw the reliability table as a PNG chart." };
        var lang = LangOption.Create();
        var command = new Command("eval", "Measure answer quality on one or more question sets.") { files, min, verbose, csv, chart, lang };
        command.SetAction((parse, ct) => RunAsync(
            parse.GetValue(files)!, parse.GetValue(min), parse.GetValue(verbose), parse.GetValue(csv), parse.GetValue(chart), parse.GetValue(lang), ct));
        return command;
    }

    /// <summary>One graded question and the file it came from.</summary>
    private sealed record Result(FileInfo File, EvalCase Case, IReadOnlyList<string> Failures, GradedReply Reply);

    private static async Task<int> RunAsync(FileInfo[] files, double minAccuracy, bool verbose, FileInfo? csvOut, FileInfo? chartOut, string? langCode, CancellationToken ct)
    {
        if (!LangOption.TryRead(langCode, out var lang))
        {
            await Console.Error.WriteLineAsync(LangOption.Usage);
            return ExitCodes.Usage;
        }

        var sets = new List<(FileInfo File, IReadOnlyList<EvalCase> Cases)>();
        foreach (var file in files)
        {
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"eval: no such file: {file.FullName}");
                return ExitCodes.Usage;
            }

            try
            {
                sets.Add((file, EvalCase.ReadAll(file.FullName)));
            }
            catch (FormatException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return ExitCodes.Usage;
            }
        }

        using var host = CliHost.Build();
        if (!KnowledgeGate.TryLoad(host.Services))
        {
            return ExitCodes.KnowledgeInvalid;
        }

        var router = host.Services.GetRequiredService<IntentRouter>();
        var results = new List<Result>();
        var run = Guid.NewGuid().ToString("N");
        foreach (var ((file, cases), setIndex) in sets.Select((s, i) => (s, i)))
        {
            // Each file gets its own threads: two sets that both use conversation "c1" must not share context.
            var setRun = $"{run}:{setIndex}";
            var index = 0;
            foreach (var c in cases)
            {
                index++;
                var conversation = c.Conversation is { } id ? BatchLine.ConversationKey(setRun, id) : $"eval:{setRun}:{index}";
                var answer = await router.RouteAsync(new Question { Text = c.Question, ConversationKey = conversation, Platform = "eval", ForcedLanguage = lang }, ct);
                var failures = EvalGrader.Failures(c, answer.Outcome.ToString(), AnswerText.Render(answer));
                results.Add(new Result(file, c, failures, new GradedReply(answer.Confidence, failures.Count == 0, answer.Outcome == Outcome.Answer)));
                if (verbose && failures.Count > 0)
                {
                    Console.WriteLine($"FAIL [{c.Category}] {c.Question}\n     {string.Join("; ", failures)} (intent {answer.Intent})");
                }
            }
        }

        foreach (var group in results.GroupBy(r => r.Case.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ok = group.Count(r => r.Failures.Count == 0);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key,-16} {ok,4}/{group.Count(),-4} {100.0 * ok / group.Count(),6:0.0}%"));
        }

        if (sets.Count > 1)
        {
            foreach (var set in results.GroupBy(r => r.File))
            {
                Console.WriteLine(SetLine(set.Key.Name, [.. set]));
            }
        }

        var passed = results.Count(r => r.Failures.Count == 0);
        var accuracy = results.Count == 0 ? 0 : (double)passed / results.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"overall",-16} {passed,4}/{results.Count,-4} {100 * accuracy,6:0.0}%"));

        var table = ReliabilityTable.From([.. results.Select(r => r.Reply)]);
        Console.WriteLine();
        foreach (var line in table.Lines())
        {
            Console.WriteLine(line);
        }

        WriteReliabilityFiles(table, csvOut, chartOut, [.. sets.Select(s => s.File.Name)], results.Count);
        if (accuracy < minAccuracy)
        {
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"eval: accuracy {accuracy:P1} is below the threshold {minAccuracy:P1}"));
            return 1;
        }

        return ExitCodes.Ok;
    }

    /// <summary>"file questions.jsonl: 254/278 91.4%; confidence ≥0.9: 200/205 97.6%" — one set's share of a pooled run.</summary>
    private static string SetLine(string name, IReadOnlyList<Result> set)
    {
        var ok = set.Count(r => r.Failures.Count == 0);
        var high = ReliabilityTable.From([.. set.Select(r => r.Reply)]).HighConfidence;
        return string.Create(CultureInfo.InvariantCulture,
            $"file {name}: {ok}/{set.Count} {100.0 * ok / set.Count:0.0}%; confidence ≥{ReliabilityTable.High}: {high.Correct}/{high.Count} {ReliabilityTable.Percent(high.Accuracy)}");
    }

    private static void WriteReliabilityFiles(ReliabilityTable table, FileInfo? csvOut, FileInfo? chartOut, IReadOnlyList<string> setNames, int questions)
    {
        if (csvOut is not null)
        {
            csvOut.Directory?.Create();
            File.WriteAllText(csvOut.FullName, table.ToCsv());
            Console.WriteLine($"reliability table: {csvOut.FullName}");
        }

        if (chartOut is not null)
        {
            var bars = table.Bins.Select(b => new ReliabilityBar(b.Label, b.Count, b.Accuracy, b.MeanConfidence)).ToList();
            var png = ReliabilityChart.Render(bars, ReliabilityTable.Target, $"{questions} questions: {string.Join(", ", setNames)}.");
            chartOut.Directory?.Create();
            File.WriteAllBytes(chartOut.FullName, png);
            Console.WriteLine($"reliability chart: {chartOut.FullName}");
        }
    }
}
