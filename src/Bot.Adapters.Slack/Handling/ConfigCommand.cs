using Bot.Core;
using Bot.Core.Admin;
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

        var label = name is not null ? $"#{name}" : channel == context.ChannelId ? "this channel" : $"channel {channel}";
        if (words.Count == 0 || (words.Count == 1 && words[0].Equals("show", StringComparison.OrdinalIgnoreCase)))
        {
            return Task.FromResult(Describe(label, settings.For(Platforms.Slack, context.TeamId, channel)));
        }

        if (words.Count != 2)
        {
            return Task.FromResult(Usage());
        }

        var result = settings.Set(new ConfigChange(Platforms.Slack, context.TeamId, channel, context.UserId, context.IsAdmin, words[0], words[1]));
        if (result.Outcome == ConfigOutcome.NotAdmin)
        {
            logger.LogWarning("Slack /config refused for user {User} in team {Team}: not in Slack:AdminUserIds", context.UserId, context.TeamId);
        }

        return Task.FromResult(result.Outcome switch
        {
            ConfigOutcome.NotAdmin => $"Sorry, only the bot's Slack admins can change where and how I answer (Slack:AdminUserIds). `{Command} config` shows the settings.",
            ConfigOutcome.UnknownSetting => $"`{result.Setting}` is not a setting. " + Usage(),
            ConfigOutcome.BadValue => $"`{result.Value}` is not a value of {result.Setting}: use {ChannelSettingsAdmin.Values[result.Setting!]}.",
            _ => "Saved. " + Describe(label, result.Settings),
        });
    }

    private string Usage() =>
        $"Use `{Command} config [#channel]` to see the settings, or `{Command} config <setting> <value> [#channel]` (admins) with: "
        + string.Join("; ", ChannelSettingsAdmin.Names.Select(n => $"{n} {ChannelSettingsAdmin.Values[n]}")) + ".";

    private static string Describe(string label, EffectiveSettings here) =>
        $"Settings in {label}:\n" + string.Join('\n', ChannelSettingsAdmin.Describe(here).Select(line => "• " + line));
}
