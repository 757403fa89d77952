using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>
/// Reads <c>ko/glossary.yaml</c> or <c>ja/glossary.yaml</c>: <c>terms:</c> → English term id → description and note (the
/// names themselves are the English file's <c>ko:</c>/<c>ja:</c> fields).
/// </summary>
internal static class GlossaryTranslationReader
{
    private static readonly TranslatedKind<GlossaryTerm> Kind = new(
        "terms", "glossary term", "term", KnowledgeLoader.GlossaryFile, t => t.Id, ["description", "note"]);

    public static void Read(KnowledgeFile? file, IReadOnlyList<GlossaryTerm> english, bool englishComplete, LanguageTranslations into)
    {
        foreach (var (term, f, yaml) in YamlTranslationFile.Entries(file, into, Kind, english, englishComplete))
        {
            var description = yaml.Text(f, "description", term.Description, required: true);
            var note = yaml.Text(f, "note", term.Note, required: false);
            if (description is not null)
            {
                into.Terms[term.Id] = new TermText(into.Lang, description, note);
            }
        }
    }
}
