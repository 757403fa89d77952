using Bot.Core;
using Bot.Core.Admin;
using Bot.Core.Admin.Texts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Handling;

/// <summary>
/// <c>/jk config [#channel]</c> shows a channel's settings; <c>/jk config &lt;setting&gt; &lt;value&gt; [#channel]</c> changes one, for the
/// user ids in Slack:AdminUserIds (<see cref="ChannelSettingsAdmin"/>: answer-in, listed, threads, visibility, language).
/// </summary>
public sealed class ConfigCommand(ChannelSettingsAdmin settings, IOptions<SlackOptions> options, ILogger<ConfigCommand> logger) : ISlackSubcommand
{
    public string Name => "config";

    private string Command => options.Value.Command;

    public Task<string> HandleAsync(SlackSubcommandContext context, CancellationToken cancellationToken)
    {
        var words = context.Arguments.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var channel = context.ChannelId;
        string? name = null;
        if (words.Count > 0 && DigestCommand.TryParseChannel(words[^1], out var named, out name))
        {
            channel = named;
            words.RemoveAt(words.Count - 1);
        }

        var texts = context.Words;
        var label = name is not null ? $"#{name}" : channel == context.ChannelId ? texts.ThisChannel : texts.ChannelId(channel);
        if (words.Count == 0 || (words.Count == 1 && words[0].Equals("show", StringComparison.OrdinalIgnoreCase)))
        {
            return Task.FromResult(Describe(label, settings.For(Platforms.Slack, context.TeamId, channel), texts));
        }

        if (words.Count != 2)
        {
            return Task.FromResult(Usage(texts));
        }

        var result = settings.Set(new ConfigChange(Platforms.Slack, context.TeamId, channel, context.UserId, context.IsAdmin, words[0], words[1]));
        if (result.Outcome == ConfigOutcome.NotAdmin)
        {
            logger.LogWarning("Slack /config refused for user {User} in team {Team}: not in Slack:AdminUserIds", context.UserId, context.TeamId);
        }

        // After "language ko" the confirmation is in the new language, unless the command's own words chose one.
        var saved = context with { ChannelLanguage = settings.For(Platforms.Slack, context.TeamId, context.ChannelId).Language };
        return Task.FromResult(result.Outcome switch
        {
            ConfigOutcome.NotAdmin => texts.ConfigNotAdminSlack(Command),
            ConfigOutcome.UnknownSetting => texts.UnknownSetting($"`{result.Setting}`") + " " + Usage(texts),
            ConfigOutcome.BadValue => texts.BadValue($"`{result.Value}`", result.Setting!, ChannelSettingsAdmin.Values[result.Setting!]),
            _ => saved.Words.Saved + " " + Describe(label, result.Settings, saved.Words),
        });
    }

    private string Usage(AdminTexts texts) =>
        texts.ConfigUsageSlack(Command, string.Join("; ", ChannelSettingsAdmin.Names.Select(n => $"{n} {ChannelSettingsAdmin.Values[n]}")));

    private static string Describe(string label, EffectiveSettings here, AdminTexts texts) =>
        texts.SettingsIn(label) + "\n" + string.Join('\n', ChannelSettingsAdmin.Describe(here, texts).Select(line => "• " + line));
}
