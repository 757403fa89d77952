using System.Globalization;
using System.Text;
using Bot.Core.Admin.Texts;
using Bot.Core.Knowledge;

namespace Bot.Core.Abstractions;

/// <summary>
/// Re-reads the knowledge folder on an admin's request: validates it, prepares the new snapshot's indexes while questions
/// keep using the old one, and swaps it in — or keeps the current snapshot and says which lines are wrong. Reloads are
/// serialised: a second request waits for the first and then finds nothing left to rebuild.
/// </summary>
public interface IKnowledgeReloader
{
    Task<KnowledgeReloadReport> ReloadAsync(CancellationToken cancellationToken);
}

/// <summary>What an admin's reload did.</summary>
public enum KnowledgeReloadStatus
{
    /// <summary>A new snapshot is live.</summary>
    Reloaded,

    /// <summary>The files are the ones already loaded; nothing was rebuilt.</summary>
    Unchanged,

    /// <summary>The files have errors: the current snapshot keeps answering.</summary>
    Rejected,
}

/// <summary>
/// The outcome of a reload, for an admin: the snapshot now serving (version, as-of date, counts) and, when the edit was
/// rejected, its problems as <c>file:line: message</c> lines.
/// </summary>
public sealed record KnowledgeReloadReport(KnowledgeReloadStatus Status, string Version, PartialDate AsOf, KnowledgeCounts Counts, IReadOnlyList<string> Errors)
{
    public static KnowledgeReloadReport For(KnowledgeReloadStatus status, KnowledgeBase serving, IReadOnlyList<string>? errors = null) =>
        new(status, serving.Version, serving.AsOf, KnowledgeCounts.Of(serving), errors ?? []);

    /// <summary>
    /// One message, at most <paramref name="maxLength"/> characters: "Reloaded: 90 events, 12 statistics, … as of 22 February 2026
    /// (version abc)", or "Kept the current knowledge (version abc): 2 errors:" and as many file:line lines as fit. The framing is
    /// in <paramref name="words"/>' language (English by default); the file:line errors quote the files and stay as they are.
    /// </summary>
    public string ToText(int maxLength = 2000, AdminTexts? words = null)
    {
        words ??= EnglishAdminTexts.Text;
        var version = Version.Length == 0 ? words.BuiltIn : Version;
        var serving = words.Serving(Counts, AsOf.ToDisplay(words.Lang), version);
        if (Status != KnowledgeReloadStatus.Rejected)
        {
            return Fit(Status == KnowledgeReloadStatus.Reloaded ? words.Reloaded(serving) : words.Unchanged(serving), maxLength);
        }

        var text = new StringBuilder(words.Kept(version, Errors.Count));
        var footer = "\n" + words.StillAnsweringFrom(serving);
        for (var i = 0; i < Errors.Count; i++)
        {
            // One very long message must not push every other error out of the reply.
            var line = "\n" + Fit(Errors[i], MaxErrorLine);
            var more = "\n" + words.MoreErrors(Errors.Count - i);
            var reserve = i + 1 < Errors.Count ? more.Length : 0;
            if (text.Length + line.Length + reserve + footer.Length > maxLength)
            {
                text.Append(more);
                break;
            }

            text.Append(line);
        }

        return Fit(text.Append(footer).ToString(), maxLength);
    }

    private const int MaxErrorLine = 300;

    /// <summary>The text, or its first <paramref name="max"/> - 1 characters and "…", never splitting a surrogate pair.</summary>
    private static string Fit(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = Math.Max(0, max - 1);
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }
}

/// <summary>How much a snapshot holds.</summary>
public sealed record KnowledgeCounts(int Events, int Statistics, int FaqTopics, int GlossaryTerms, int Sources)
{
    public static KnowledgeCounts Of(KnowledgeBase kb) => new(kb.Timeline.Count, kb.Statistics.Count, kb.Faqs.Count, kb.Glossary.Count, kb.Sources.Count);

    /// <summary>"90 events, 12 statistics, 20 FAQ topics, 150 glossary terms, 120 sources".</summary>
    public override string ToString() =>
        $"{N(Events, "event")}, {N(Statistics, "statistic")}, {N(FaqTopics, "FAQ topic")}, {N(GlossaryTerms, "glossary term")}, {N(Sources, "source")}";

    private static string N(int n, string one) => n.ToString("#,0", CultureInfo.InvariantCulture) + " " + (n == 1 ? one : one + "s");
}
