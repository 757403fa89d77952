using System.CommandLine;
using Bot.Infrastructure.Knowledge;
using Bot.Host.Composition;
using Microsoft.Extensions.Options;

namespace Bot.Host.Cli;

/// <summary><c>knowledge validate</c>: every problem as file:line, or a summary and exit 0.</summary>
public static class KnowledgeCommand
{
    public static Command Create()
    {
        var path = new Option<string?>("--path") { Description = "The knowledge folder (default: Knowledge:Path, i.e. ./knowledge)." };
        var validate = new Command("validate", "Check the knowledge files; print each problem as file:line: message.") { path };
        validate.SetAction(parse => Validate(parse.GetValue(path)));
        return new Command("knowledge", "Work with the curated knowledge base.") { validate };
    }

    private static int Validate(string? path)
    {
        using var host = CliHost.Build();
        var folder = path ?? "";
        var opened = CliStartup.Guard(() =>
        {
            folder = path ?? host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Path;
            return ExitCodes.Ok;
        });
        if (opened != ExitCodes.Ok)
        {
            return opened;
        }

        var result = host.Services.GetRequiredService<KnowledgeLoader>().Load(folder);
        if (!result.IsValid)
        {
            foreach (var problem in result.Problems)
            {
                Console.Error.WriteLine(problem);
            }

            Console.Error.WriteLine($"knowledge invalid: {result.Problems.Count} problem(s) in {folder}");
            return ExitCodes.KnowledgeInvalid;
        }

        foreach (var warning in result.Warnings)
        {
            Console.Error.WriteLine(warning);
        }

        Console.WriteLine(KnowledgeSummary.Summarize(result.Knowledge!)
            + (result.Warnings.Count > 0 ? $"; {result.Warnings.Count} neutrality warning(s)" : "; no neutrality warnings"));
        return ExitCodes.Ok;
    }
}
