using Bot.Adapters.Discord.Handling;
using Bot.Adapters.Discord.Inbound;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Discord;

/// <summary>The checks that depend on <see cref="DiscordOptions.Mode"/>; each message names the configuration key to fix.</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        if (!IsAbsolute(options.ApiBaseUrl, "http", "https"))
        {
            failures.Add($"Discord:ApiBaseUrl must be an absolute http(s) URL (got '{options.ApiBaseUrl}').");
        }

        if (!string.IsNullOrWhiteSpace(options.GatewayUrl) && !IsAbsolute(options.GatewayUrl, "ws", "wss"))
        {
            failures.Add($"Discord:GatewayUrl must be an absolute ws:// or wss:// URL (got '{options.GatewayUrl}').");
        }

        if (options.ReconnectMaxDelay < options.ReconnectBaseDelay || options.RetryMaxDelay < options.RetryBaseDelay)
        {
            failures.Add("Discord:ReconnectMaxDelay and Discord:RetryMaxDelay must not be shorter than their base delays.");
        }

        switch (options.Mode)
        {
            case DiscordMode.Http:
                Require(failures, options.ApplicationId, "Discord:ApplicationId", "Discord:Mode is Http", "the application id, for follow-up messages");
                if (string.IsNullOrWhiteSpace(options.PublicKey))
                {
                    failures.Add("Discord:PublicKey is required when Discord:Mode is Http (the Public Key from the Developer Portal verifies every request).");
                }
                else if (!Ed25519Verifier.IsValidPublicKey(options.PublicKey))
                {
                    failures.Add("Discord:PublicKey must be the application's Public Key: 64 hexadecimal characters.");
                }

                break;
            case DiscordMode.Gateway:
                Require(failures, options.BotToken, "Discord:BotToken", "Discord:Mode is Gateway", "the bot token opens the Gateway connection");
                Require(failures, options.ApplicationId, "Discord:ApplicationId", "Discord:Mode is Gateway", "the application id, for follow-up messages");
                break;
        }

        if (options.RegisterCommandsOnStart && options.Mode != DiscordMode.Off)
        {
            Require(failures, options.BotToken, "Discord:BotToken", "Discord:RegisterCommandsOnStart is true", "registering commands needs the bot token");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, string? value, string key, string condition, string why)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{key} is required when {condition} ({why}).");
        }
    }

    private static bool IsAbsolute(string? url, params string[] schemes) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase);
}
