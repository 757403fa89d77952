using System.CommandLine;
using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Bot.Host.Composition;
using Bot.Infrastructure.Charts;

namespace Bot.Host.Cli;

/// <summary><c>chart &lt;metric&gt; [--from] [--to] [--theme dark|light] --out file.png</c>: a statistics series as a PNG.</summary>
public static class ChartCommand
{
    public static Command Create()
    {
        var metric = new Argument<string>("metric") { Description = "A series id (kr-imports-from-japan) or one of its aliases (\"imports\")." };
        var from = new Option<int?>("--from") { Description = "First year to draw." };
        var to = new Option<int?>("--to") { Description = "Last year to draw." };
        var theme = new Option<ChartTheme>("--theme") { Description = "dark (Discord's default) or light (Slack's).", DefaultValueFactory = _ => ChartTheme.Dark };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the PNG.", Required = true };
        var command = new Command("chart", "Draw a statistics series as a PNG chart (bars for flows, a line for levels).") { metric, from, to, theme, output };
        command.SetAction(parse => Run(parse.GetValue(metric)!, parse.GetValue(from), parse.GetValue(to), parse.GetValue(theme), parse.GetValue(output)!));
        return command;
    }

    private static int Run(string metric, int? from, int? to, ChartTheme theme, FileInfo output)
    {
        using var host = CliHost.Build();
        if (!KnowledgeGate.TryLoad(host.Services))
        {
            return ExitCodes.KnowledgeInvalid;
        }

        var kb = host.Services.GetRequiredService<IKnowledgeProvider>().Current;
        if (Find(kb, metric) is not { } series)
        {
            Console.Error.WriteLine($"chart: no statistics series '{metric}'. Known series:");
            foreach (var s in kb.Statistics)
            {
                Console.Error.WriteLine($"  {s.Id}  ({s.Name})");
            }

            return ExitCodes.Usage;
        }

        if (from > to)
        {
            Console.Error.WriteLine($"chart: --from {from} is after --to {to}");
            return ExitCodes.Usage;
        }

        byte[] png;
        try
        {
            png = ChartRenderer.Render(kb, new ChartRequest(series.Id, from, to), theme);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine($"chart: {ex.Message}; it holds {string.Join(", ", series.Years)}");
            return ExitCodes.Usage;
        }

        output.Directory?.Create();
        File.WriteAllBytes(output.FullName, png);
        Console.WriteLine($"{output.FullName}: {series.Name} ({series.Kind.ToString().ToLowerInvariant()}, {theme.ToString().ToLowerInvariant()} theme), {ChartRenderer.Width}×{ChartRenderer.Height} PNG, {png.Length:N0} bytes");
        return ExitCodes.Ok;
    }

    /// <summary>The id first, then an exact alias: a chart is drawn on purpose, so no fuzzy guessing here.</summary>
    private static StatSeries? Find(KnowledgeBase kb, string metric) =>
        kb.Series(metric.Trim())
        ?? kb.Statistics.FirstOrDefault(s => s.Aliases.Any(a => string.Equals(a, metric.Trim(), StringComparison.OrdinalIgnoreCase)));
}
