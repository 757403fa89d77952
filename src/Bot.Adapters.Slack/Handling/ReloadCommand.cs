using Bot.Core.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Handling;

/// <summary>
/// <c>/jk reload</c> (also <c>/jk knowledge reload</c>): re-reads the knowledge folder, for the user ids in Slack:AdminUserIds only
/// (the same check as <c>/jk digest subscribe</c>). The reply is ephemeral; a reload slower than Slack:InlineAnswerBudget is
/// acknowledged with "working…" and its report follows on response_url. Questions keep being answered from the old snapshot
/// meanwhile, and a broken edit keeps it, listing the file:line errors.
/// </summary>
public sealed class ReloadCommand(IServiceProvider services, IOptions<SlackOptions> options, ILogger<ReloadCommand> logger) : ISlackSubcommand
{
    /// <summary>One section's worth: the report lists as many file:line errors as fit and says how many more there are.</summary>
    private const int MaxReplyLength = 2900;

    public const string NotAvailableText = "This bot cannot reload its knowledge while running (it was started from a fixed snapshot).";

    public string Name => "reload";

    public static string NotAdminText(string command) =>
        $"Sorry, only the bot's Slack admins can reload the knowledge base (Slack:AdminUserIds). Ask one of them, or run `{command} about` to see how current it is.";

    public async Task<string> HandleAsync(SlackSubcommandContext context, CancellationToken cancellationToken)
    {
        if (!context.IsAdmin)
        {
            logger.LogWarning("Slack knowledge reload refused for user {User} in team {Team}: not in Slack:AdminUserIds", context.UserId, context.TeamId);
            return NotAdminText(options.Value.Command);
        }

        // Resolved when used: a host without a reloading provider still answers everything else.
        if (services.GetService<IKnowledgeReloader>() is not { } reloader)
        {
            return NotAvailableText;
        }

        logger.LogInformation("Knowledge reload requested by Slack user {User} in team {Team}", context.UserId, context.TeamId);

        // Off the caller's thread: validating the files is synchronous work, and the handler's inline budget must be able to expire.
        var report = await Task.Run(() => reloader.ReloadAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
        return report.ToText(MaxReplyLength);
    }
}

/// <summary><c>/jk knowledge reload</c>: the same as <c>/jk reload</c>, for admins who type the Discord command's words.</summary>
public sealed class KnowledgeCommand(ReloadCommand reload, IOptions<SlackOptions> options) : ISlackSubcommand
{
    public string Name => "knowledge";

    public Task<string> HandleAsync(SlackSubcommandContext context, CancellationToken cancellationToken) =>
        context.Arguments.Trim().Equals("reload", StringComparison.OrdinalIgnoreCase)
            ? reload.HandleAsync(context with { Arguments = "" }, cancellationToken)
            : Task.FromResult($"Use `{options.Value.Command} reload` (or `{options.Value.Command} knowledge reload`) to re-read the knowledge files; admins only.");
}
