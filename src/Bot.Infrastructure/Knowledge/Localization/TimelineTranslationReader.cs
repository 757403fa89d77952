using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>Reads <c>ko/timeline.yaml</c> or <c>ja/timeline.yaml</c>: <c>events:</c> → English event id → texts.</summary>
internal static class TimelineTranslationReader
{
    private static readonly TranslatedKind<TimelineEvent> Kind = new(
        "events", "event", "event", KnowledgeLoader.TimelineFile, e => e.Id, ["title", "summary", "significance", "date_note"]);

    /// <param name="englishComplete">False when the English file was unusable: its ids are then unknown, not wrong.</param>
    public static void Read(KnowledgeFile? file, IReadOnlyList<TimelineEvent> english, bool englishComplete, LanguageTranslations into)
    {
        foreach (var (e, f, yaml) in YamlTranslationFile.Entries(file, into, Kind, english, englishComplete))
        {
            var title = yaml.Text(f, "title", e.Title, required: true, heading: true);
            var summary = yaml.Text(f, "summary", e.Summary, required: true);
            var significance = yaml.Text(f, "significance", e.Significance, required: true);
            var dateNote = yaml.Text(f, "date_note", e.DateNote, required: false);
            if (title is not null && summary is not null && significance is not null)
            {
                into.Events[e.Id] = new EventText(into.Lang, title, summary, significance, dateNote);
            }
        }
    }
}
