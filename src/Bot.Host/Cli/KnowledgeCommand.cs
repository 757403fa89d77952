using System.CommandLine;
using Bot.Infrastructure.Knowledge;
using Bot.Infrastructure.Knowledge.Localization;
using Bot.Host.Composition;
using Microsoft.Extensions.Options;

namespace Bot.Host.Cli;

/// <summary>
/// <c>knowledge validate</c>: every problem as file:line, or a summary and exit 0; <c>--lang</c> adds the translation coverage
/// per file and language.
/// </summary>
public static class KnowledgeCommand
{
    public static Command Create()
    {
        var path = new Option<string?>("--path") { Description = "The knowledge folder (default: Knowledge:Path, i.e. ./knowledge)." };
        var lang = new Option<bool>("--lang") { Description = "Also print the Korean and Japanese translation coverage per file (entries and fields translated)." };
        var validate = new Command("validate", "Check the knowledge files; print each problem as file:line: message.") { path, lang };
        validate.SetAction(parse => Validate(parse.GetValue(path), parse.GetValue(lang)));
        return new Command("knowledge", "Work with the curated knowledge base.") { validate };
    }

    private static int Validate(string? path, bool coverage)
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

        if (coverage)
        {
            Console.WriteLine("translation coverage (translated / all, per file: entries, then text fields):");
            Console.Write(TranslationCoverage.Table(result.Knowledge!));
        }

        Console.WriteLine(KnowledgeSummary.Summarize(result.Knowledge!)
            + (result.Warnings.Count > 0 ? $"; {result.Warnings.Count} neutrality warning(s)" : "; no neutrality warnings")
            + $"; translations: {TranslationCoverage.Summarize(result.Knowledge!)}");
        return ExitCodes.Ok;
    }
}
