namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>
/// Reads the texts of one YAML translation file (ko/timeline.yaml…) field by field: each text is checked to translate a
/// field the English entry has, and kept with its English for the checks.
/// </summary>
internal sealed class YamlTranslationFile(KnowledgeFile file, LanguageTranslations into)
{
    private readonly string[] _lines = file.Lines();

    public KnowledgeFile File => file;

    /// <summary>
    /// The translation of <paramref name="key"/>, or null when absent (reported when <paramref name="required"/>) or when
    /// the English entry has no such field (reported: a translation translates only the fields the English has).
    /// </summary>
    public string? Text(YamlFields fields, string key, string? english, bool required, bool heading = false)
    {
        var text = fields.Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (english is null)
        {
            fields.ReportAt(key, $"the English entry has no '{key}': a translation translates only the fields the English entry has");
            return null;
        }

        Add($"{fields.Subject}, {key}", fields.Log.FileLine(fields.ValueLine(key)), english, text, heading);
        return text;
    }

    /// <summary>The translation of a keyed note (<c>points: {"2011": "…"}</c>) whose English is <paramref name="english"/>.</summary>
    public string? Note(YamlFields parent, KeyedNode entry, string subject, string english)
    {
        if (parent.TextOf(entry, $"{subject}: the note") is not { } text)
        {
            return null;
        }

        Add(subject, file.Log.FileLine(entry.Value.Start.Line), english, text, heading: false);
        return text;
    }

    private void Add(string subject, int line, string english, string text, bool heading) =>
        into.Fields.Add(new TranslatedField(into.Lang, file.Log, subject, line, english, text, heading,
            FiguresComment.Read(FiguresComment.AroundYamlField(_lines, line), file.Log),
            line >= 1 && line <= _lines.Length ? [_lines[line - 1]] : []));
}
