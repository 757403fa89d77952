namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>What a YAML translation file holds: "events:" of "event" entries translating timeline.yaml, with these keys.</summary>
internal sealed record TranslatedKind<T>(string ListKey, string Name, string Subject, string EnglishFile, Func<T, string> Id, string[] Keys);

/// <summary>
/// Reads the texts of one YAML translation file (ko/timeline.yaml…) field by field: each text is checked to translate a
/// field the English entry has, and kept with its English for the checks.
/// </summary>
internal sealed class YamlTranslationFile(KnowledgeFile file, LanguageTranslations into)
{
    private readonly string[] _lines = file.Lines();

    public KnowledgeFile File => file;

    /// <summary>
    /// The entries of a translation file (<c>events:</c> → English id → fields), each with the English entry it translates,
    /// opened with the fields a translation may hold. An id the English file does not have is reported (unless the English
    /// file itself was unusable: then its ids are unknown, not wrong).
    /// </summary>
    public static IEnumerable<(T English, YamlFields Fields, YamlTranslationFile Yaml)> Entries<T>(
        KnowledgeFile? file, LanguageTranslations into, TranslatedKind<T> kind, IReadOnlyList<T> english, bool englishComplete)
    {
        if (file?.TopLevelMap(kind.ListKey, kind.Name) is not { } entries)
        {
            yield break;
        }

        // DistinctBy: a duplicate English id is the English file's error, reported there.
        var byId = english.DistinctBy(kind.Id).ToDictionary(kind.Id, StringComparer.Ordinal);
        var yaml = new YamlTranslationFile(file, into);
        foreach (var entry in entries)
        {
            if (!byId.TryGetValue(entry.Key, out var translated))
            {
                if (englishComplete)
                {
                    file.Log.At(entry.Line, $"unknown {kind.Name} id '{entry.Key}': a translation is keyed by the ids of {kind.EnglishFile}");
                }

                continue;
            }

            if (YamlFields.Open(entry.Value, file.Log, $"{kind.Subject} '{entry.Key}'", kind.Keys, nameKey: null) is { } fields)
            {
                yield return (translated, fields, yaml);
            }
        }
    }

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
