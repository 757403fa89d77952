using Bot.Core.Knowledge;
using Bot.Infrastructure.Knowledge.Localization;

namespace Bot.Infrastructure.Knowledge;

/// <summary>
/// Loads and validates a knowledge folder (knowledge/README.md). Every problem in every file is collected with
/// its file and line; a snapshot is built only when there are none. Never throws on bad input, so a broken
/// edit cannot take a running bot down.
/// </summary>
public sealed class KnowledgeLoader
{
    public const string SourcesFile = "sources.yaml";
    public const string TimelineFile = "timeline.yaml";
    public const string StatisticsFile = "statistics.yaml";
    public const string GlossaryFile = "glossary.yaml";

    /// <summary>Reads and checks every file under <paramref name="directory"/>.</summary>
#pragma warning disable CA1822 // An instance method on purpose: the loader is injected (and replaced in tests) like any service.
    public KnowledgeLoadResult Load(string directory)
#pragma warning restore CA1822
    {
        string root;
        try
        {
            root = Path.GetFullPath(directory);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return new KnowledgeLoadResult(null, [new KnowledgeProblem(directory, 0, $"not a valid folder path: {e.Message}")]);
        }

        if (!Directory.Exists(root))
        {
            return new KnowledgeLoadResult(null, [new KnowledgeProblem(KnowledgePaths.Display(root), 0, "knowledge folder not found")]);
        }

        try
        {
            return Load(root, new LoadContext());
        }
        catch (Exception e)
        {
            // Only a bug in this loader gets here; reporting it keeps the last good snapshot serving.
            return new KnowledgeLoadResult(null,
                [new KnowledgeProblem(KnowledgePaths.Display(root), 0, $"internal error while loading: {e.GetType().Name}: {e.Message}")]);
        }
    }

    private static KnowledgeLoadResult Load(string root, LoadContext context)
    {
        var files = new KnowledgeFiles(root, context.Problems);
        var sources = SourcesReader.Read(files.Required(SourcesFile), context);
        var timeline = TimelineReader.Read(files.Required(TimelineFile), context);
        var statistics = StatisticsReader.Read(files.Required(StatisticsFile), context);
        var glossary = GlossaryReader.Read(files.Required(GlossaryFile), context);
        context.Faqs.IsComplete = true;
        var faqs = files.Faqs().Select(f => FaqReader.Read(f, context)).OfType<FaqEntry>().ToList();
        context.CheckReferences();
        var entries = TranslationLoader.Apply(files, context, new KnowledgeEntries(timeline, statistics, glossary, faqs));

        if (context.Problems.Count > 0)
        {
            // Readers run in file order but references are checked last: sort so each file reads top to bottom.
            return new KnowledgeLoadResult(null,
                [.. context.Problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)]);
        }

        var knowledge = new KnowledgeBase(sources, entries.Timeline, entries.Statistics, entries.Faqs, entries.Glossary, KnowledgeVersion.Of(files.All));
        // The lint's word lists are English: translations are held to their English by the translation checks instead.
        var english = files.All.Where(f => f.Lang == Lang.En).ToList();
        return new KnowledgeLoadResult(knowledge, []) { Warnings = Neutrality.NeutralityLint.Check(knowledge, english) };
    }
}
