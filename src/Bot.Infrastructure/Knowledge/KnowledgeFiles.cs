using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge;

/// <summary>Reads the files of one knowledge folder, turning missing or unreadable files into problems.</summary>
internal sealed class KnowledgeFiles(string root, List<KnowledgeProblem> problems)
{
    public const string FaqFolder = "faq";

    private readonly List<KnowledgeFile> _read = [];

    /// <summary>Every file read so far, for the content hash.</summary>
    public IReadOnlyList<KnowledgeFile> All => _read;

    public KnowledgeFile? Required(string name)
    {
        var path = Path.Combine(root, name);
        if (!File.Exists(path))
        {
            problems.Add(new KnowledgeProblem(KnowledgePaths.Display(path), 0, $"missing file: {name} is required"));
            return null;
        }

        return Read(path, name, Lang.En);
    }

    /// <summary>True when the folder of a translation (knowledge/ko, knowledge/ja) exists.</summary>
    public bool HasTranslation(Lang lang) => Directory.Exists(Path.Combine(root, lang.Code()));

    /// <summary>A file of a translation folder (<c>ko/timeline.yaml</c>), or null when it is not there: translations are optional.</summary>
    public KnowledgeFile? Translation(Lang lang, string name)
    {
        var relative = $"{lang.Code()}/{name}";
        var path = Path.Combine(root, lang.Code(), name);
        return File.Exists(path) ? Read(path, relative, lang) : null;
    }

    /// <summary>
    /// The FAQ files in name order (<c>faq/</c>, or <c>ko/faq/</c> for a translation); an absent or empty folder simply
    /// means no FAQ topics.
    /// </summary>
    public IReadOnlyList<KnowledgeFile> Faqs(Lang lang = Lang.En)
    {
        var relativeFolder = lang == Lang.En ? FaqFolder : $"{lang.Code()}/{FaqFolder}";
        var folder = Path.Combine(root, relativeFolder);
        string[] paths;
        try
        {
            paths = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.md") : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new KnowledgeProblem(KnowledgePaths.Display(folder), 0, $"cannot list the FAQ folder: {e.Message}"));
            return [];
        }

        // GetFiles' "*.md" also matches "x.mdx" on some platforms; the order must not depend on the file system.
        return [.. paths
            .Where(p => p.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => Read(p, $"{relativeFolder}/{Path.GetFileName(p)}", lang))
            .OfType<KnowledgeFile>()];
    }

    private KnowledgeFile? Read(string path, string relative, Lang lang)
    {
        var log = new ProblemLog(KnowledgePaths.Display(path), problems);
        try
        {
            var file = new KnowledgeFile(relative, File.ReadAllBytes(path), log, lang);
            _read.Add(file);
            return file;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            log.At(0, $"cannot read the file: {e.Message}");
            return null;
        }
    }
}
