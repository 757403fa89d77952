using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>
/// Reads <c>ko/glossary.yaml</c> or <c>ja/glossary.yaml</c>: <c>terms:</c> → English term id → description and note (the
/// names themselves are the English file's <c>ko:</c>/<c>ja:</c> fields).
/// </summary>
internal static class GlossaryTranslationReader
{
    private static readonly string[] Keys = ["description", "note"];

    public static void Read(KnowledgeFile? file, IReadOnlyList<GlossaryTerm> english, bool englishComplete, LanguageTranslations into)
    {
        if (file?.TopLevelMap("terms", "term") is not { } entries)
        {
            return;
        }

        var terms = english.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var yaml = new YamlTranslationFile(file, into);
        foreach (var entry in entries)
        {
            if (!terms.TryGetValue(entry.Key, out var term))
            {
                if (englishComplete)
                {
                    file.Log.At(entry.Line, $"unknown glossary term id '{entry.Key}': a translation is keyed by the ids of {KnowledgeLoader.GlossaryFile}");
                }

                continue;
            }

            if (YamlFields.Open(entry.Value, file.Log, $"term '{term.Id}'", Keys, nameKey: null) is not { } f)
            {
                continue;
            }

            var description = yaml.Text(f, "description", term.Description, required: true);
            var note = yaml.Text(f, "note", term.Note, required: false);
            if (description is not null)
            {
                into.Terms[term.Id] = new TermText(into.Lang, description, note);
            }
        }
    }
}
