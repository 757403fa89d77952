using Bot.Core.Abstractions;
using Bot.Core.Admin.Texts;

namespace Bot.Core.Admin;

public enum ReloadOutcome
{
    /// <summary>The reload ran: <see cref="KnowledgeReloadResult.Report"/> says whether a new snapshot is live or the old one was kept.</summary>
    Done,

    /// <summary>The caller is not one of the platform's admins (the adapter says who is).</summary>
    NotAllowed,

    /// <summary>The bot serves a fixed snapshot and cannot reload while running.</summary>
    NotAvailable,
}

public sealed record KnowledgeReloadResult(ReloadOutcome Outcome, KnowledgeReloadReport? Report = null)
{
    public static string NotAvailableText => EnglishAdminTexts.Text.ReloadNotAvailable;

    /// <summary>
    /// What to tell the admin, at most <paramref name="maxLength"/> characters, in <paramref name="words"/>' language (English by default);
    /// empty for <see cref="ReloadOutcome.NotAllowed"/>, which each platform words itself.
    /// </summary>
    public string ToText(int maxLength, AdminTexts? words = null) => Outcome switch
    {
        ReloadOutcome.Done => Report!.ToText(maxLength, words),
        ReloadOutcome.NotAvailable => (words ?? EnglishAdminTexts.Text).ReloadNotAvailable,
        _ => "",
    };
}

/// <summary>
/// An admin's "reload the knowledge now", for both platforms: the adapter decides who is an admin (Manage Server, Slack:AdminUserIds);
/// this refuses the rest and runs the reload. Without a reloading provider (a fixed snapshot) it says so.
/// </summary>
public sealed class KnowledgeReload(IKnowledgeReloader? reloader = null)
{
    public bool IsAvailable => reloader is not null;

    public async Task<KnowledgeReloadResult> ReloadAsync(bool isAdmin, CancellationToken cancellationToken)
    {
        if (!isAdmin)
        {
            return new KnowledgeReloadResult(ReloadOutcome.NotAllowed);
        }

        if (reloader is null)
        {
            return new KnowledgeReloadResult(ReloadOutcome.NotAvailable);
        }

        // Off the caller's thread: validating the files is synchronous work, and a caller's answer budget must be able to expire.
        var report = await Task.Run(() => reloader.ReloadAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
        return new KnowledgeReloadResult(ReloadOutcome.Done, report);
    }
}
