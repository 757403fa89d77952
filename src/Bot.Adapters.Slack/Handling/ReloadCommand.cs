using Bot.Core.Admin;
using Bot.Core.Admin.Texts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Handling;

/// <summary>
/// <c>/jk reload</c> (also <c>/jk knowledge reload</c>): re-reads the knowledge folder, for the user ids in Slack:AdminUserIds only
/// (the same check as <c>/jk digest subscribe</c>). The reply is ephemeral; a reload slower than Slack:InlineAnswerBudget is
/// acknowledged with "working…" and its report follows on response_url. Questions keep being answered from the old snapshot
/// meanwhile, and a broken edit keeps it, listing the file:line errors.
/// </summary>
public sealed class ReloadCommand(KnowledgeReload reload, IOptions<SlackOptions> options, ILogger<ReloadCommand> logger) : ISlackSubcommand
{
    /// <summary>One section's worth: the report lists as many file:line errors as fit and says how many more there are.</summary>
    private const int MaxReplyLength = 2900;

    public string Name => "reload";

    public static string NotAdminText(string command) => EnglishAdminTexts.Text.ReloadNotAdminSlack(command);

    public async Task<string> HandleAsync(SlackSubcommandContext context, CancellationToken cancellationToken)
    {
        if (!context.IsAdmin)
        {
            logger.LogWarning("Slack knowledge reload refused for user {User} in team {Team}: not in Slack:AdminUserIds", context.UserId, context.TeamId);
            return context.Words.ReloadNotAdminSlack(options.Value.Command);
        }

        if (reload.IsAvailable)
        {
            logger.LogInformation("Knowledge reload requested by Slack user {User} in team {Team}", context.UserId, context.TeamId);
        }

        return (await reload.ReloadAsync(isAdmin: true, cancellationToken).ConfigureAwait(false)).ToText(MaxReplyLength, context.Words);
    }
}

/// <summary><c>/jk knowledge reload</c>: the same as <c>/jk reload</c>, for admins who type the Discord command's words.</summary>
public sealed class KnowledgeCommand(ReloadCommand reload, IOptions<SlackOptions> options) : ISlackSubcommand
{
    public string Name => "knowledge";

    public Task<string> HandleAsync(SlackSubcommandContext context, CancellationToken cancellationToken) =>
        context.Arguments.Trim().Equals("reload", StringComparison.OrdinalIgnoreCase)
            ? reload.HandleAsync(context with { Arguments = "" }, cancellationToken)
            : Task.FromResult(context.Words.KnowledgeUsageSlack(options.Value.Command));
}
