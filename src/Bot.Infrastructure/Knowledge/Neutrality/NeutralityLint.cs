using System.Text;
using System.Text.RegularExpressions;
using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge.Neutrality;

/// <summary>
/// Warnings, with file:line, where the knowledge base may take a side in the bot's own voice: a loaded word outside a
/// quotation or an attributed sentence; a contested FAQ whose Seoul and Tokyo sections differ in depth; a "why it
/// matters" line that passes judgement on a contested matter. They are warnings, not errors: a curator fixes the text
/// or justifies it with a <c>neutrality:</c> comment next to it (see knowledge/README.md).
/// </summary>
internal static partial class NeutralityLint
{
    /// <summary>Below this share of the other side's words, a position section is "thinner" than the other.</summary>
    public const double MinDepthRatio = 0.5;

    public static IReadOnlyList<KnowledgeProblem> Check(KnowledgeBase kb, IReadOnlyList<KnowledgeFile> files)
    {
        var warnings = new List<KnowledgeProblem>();
        var contested = kb.Faqs.Where(f => f.Contested).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var lines = file.Lines();
            var isFaq = file.Relative.EndsWith(".md", StringComparison.Ordinal);
            if (file.Relative == KnowledgeLoader.SourcesFile)
            {
                continue; // sources keep their original titles: their words are not ours
            }

            var voice = isFaq ? VoiceLines.OfFaq(lines) : VoiceLines.OfYaml(lines);
            foreach (var line in voice.Where(l => !l.Justified))
            {
                LoadedWords(file, line, warnings);
            }

            if (isFaq && contested.Contains(Path.GetFileNameWithoutExtension(file.Relative)))
            {
                Depth(file, lines, warnings);
            }

            if (file.Relative == KnowledgeLoader.TimelineFile)
            {
                Significance(file, lines, kb, contested, warnings);
            }
        }

        return warnings;
    }

    private static void LoadedWords(KnowledgeFile file, VoiceLine line, List<KnowledgeProblem> warnings)
    {
        foreach (var sentence in VoiceSentences.Of(line.Text))
        {
            var spoken = VoiceSentences.Unquoted(sentence);
            if (NeutralityVocabulary.AlwaysLoaded().Match(spoken) is { Success: true } loaded)
            {
                warnings.Add(Warn(file, line.Line,
                    $"loaded word '{loaded.Value}' in the bot's own voice; use a neutral verb for both sides ('says', 'maintains') or quote the source"));
            }
            else if (NeutralityVocabulary.NeedsAttribution().Match(spoken) is { Success: true } framing && !VoiceSentences.IsAttributed(sentence))
            {
                warnings.Add(Warn(file, line.Line,
                    $"'{framing.Value}' is one side's characterisation, stated here without attribution; say who says it (\"Seoul says…\", \"Tokyo says…\") or quote them"));
            }
        }
    }

    [GeneratedRegex(@"^##\s+(?<side>Seoul|Tokyo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PositionHeading();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    /// <summary>Each side's first position section, with its word count, compared.</summary>
    private static void Depth(KnowledgeFile file, string[] lines, List<KnowledgeProblem> warnings)
    {
        var sections = new Dictionary<string, (int Line, int Words, bool Justified)>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Length; i++)
        {
            if (PositionHeading().Match(lines[i]) is not { Success: true } m || sections.ContainsKey(m.Groups["side"].Value))
            {
                continue;
            }

            var words = 0;
            for (var j = i + 1; j < lines.Length && !lines[j].StartsWith("## ", StringComparison.Ordinal); j++)
            {
                words += Word().Count(lines[j]);
            }

            sections[m.Groups["side"].Value] = (i + 1, words, VoiceLines.IsJustified(lines, i));
        }

        if (!sections.TryGetValue("Seoul", out var seoul) || !sections.TryGetValue("Tokyo", out var tokyo))
        {
            return; // a missing side is an error the loader already reports
        }

        var (thin, thick, thinName, thickName) = seoul.Words < tokyo.Words ? (seoul, tokyo, "Seoul", "Tokyo") : (tokyo, seoul, "Tokyo", "Seoul");
        if (thin.Words < thick.Words * MinDepthRatio && !thin.Justified)
        {
            warnings.Add(Warn(file, thin.Line,
                $"the {thinName} section has {thin.Words} words against {thick.Words} for {thickName} (under half): give both sides comparable depth"));
        }
    }

    [GeneratedRegex(@"^\s*-\s+id:\s*(?<id>\S+)\s*$")]
    private static partial Regex EntryId();

    [GeneratedRegex(@"^\s*significance:\s?(?<value>.*)$")]
    private static partial Regex SignificanceKey();

    /// <summary>"Why it matters" lines of events tied to a contested topic must report, not judge.</summary>
    private static void Significance(KnowledgeFile file, string[] lines, KnowledgeBase kb, HashSet<string> contested, List<KnowledgeProblem> warnings)
    {
        var onContested = kb.Timeline.Where(e => e.RelatedFaq.Any(contested.Contains) || e.Tags.Any(contested.Contains))
            .Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        string? current = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (EntryId().Match(lines[i]) is { Success: true } id)
            {
                current = id.Groups["id"].Value;
                continue;
            }

            if (current is null || !onContested.Contains(current) || SignificanceKey().Match(lines[i]) is not { Success: true } sig
                || VoiceLines.IsJustified(lines, i))
            {
                continue;
            }

            foreach (var sentence in VoiceSentences.Of(VoiceLines.Scalar(sig.Groups["value"].Value)))
            {
                if (NeutralityVocabulary.Judgement().Match(VoiceSentences.Unquoted(sentence)) is { Success: true } verdict
                    && !VoiceSentences.IsAttributed(sentence))
                {
                    warnings.Add(Warn(file, i + 1,
                        $"the 'why it matters' line of '{current}' passes judgement on a contested matter ('{verdict.Value}'); report what happened and who said what instead"));
                }
            }
        }
    }

    private static KnowledgeProblem Warn(KnowledgeFile file, int line, string message) =>
        new(file.Log.File, line, message) { IsWarning = true };
}
