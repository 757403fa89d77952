using Bot.Adapters.Discord.Outbound;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Discord.Outbound.Commands;

/// <summary>Replaces the application's commands with <see cref="CommandDefinitions.All"/> (one bulk-overwrite PUT, so re-running is safe).</summary>
public sealed class CommandRegistrar(DiscordRestClient rest, IOptions<DiscordOptions> options)
{
    /// <summary>Registers in <paramref name="guildId"/> (instant: for development) or, when null, globally. Returns how many commands Discord now holds.</summary>
    public async Task<int> RegisterAsync(string? guildId, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.ApplicationId) || string.IsNullOrWhiteSpace(o.BotToken))
        {
            throw new InvalidOperationException("Registering commands needs Discord:ApplicationId and Discord:BotToken.");
        }

        using var result = await rest.BulkOverwriteCommandsAsync(guildId, CommandDefinitions.All, cancellationToken).ConfigureAwait(false);
        return result.RootElement.ValueKind == System.Text.Json.JsonValueKind.Array ? result.RootElement.GetArrayLength() : 0;
    }
}
