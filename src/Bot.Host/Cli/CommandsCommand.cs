using System.CommandLine;
using Bot.Adapters.Discord;
using Bot.Adapters.Discord.Outbound.Commands;
using Bot.Adapters.Discord.Outbound;
using Bot.Host.Composition;
using Microsoft.Extensions.Options;

namespace Bot.Host.Cli;

/// <summary><c>commands register [--guild ID]</c>: replaces the Discord application's slash commands (one bulk-overwrite PUT).</summary>
public static class CommandsCommand
{
    public static Command Create()
    {
        var guild = new Option<string?>("--guild") { Description = "Register in this guild only (instant; for development). Default: Discord:GuildId, else global." };
        var register = new Command("register", "Register /ask, /stats, /timeline, /faq and /about with Discord (needs Discord:ApplicationId and Discord:BotToken).") { guild };
        register.SetAction((parse, ct) => RegisterAsync(parse.GetValue(guild), ct));
        return new Command("commands", "Manage the Discord slash commands.") { register };
    }

    private static async Task<int> RegisterAsync(string? guild, CancellationToken ct)
    {
        using var host = CliHost.Build(configure: services => services.AddDiscord());
        DiscordOptions? options = null;
        var opened = CliStartup.Guard(() =>
        {
            options = host.Services.GetRequiredService<IOptions<DiscordOptions>>().Value;
            return ExitCodes.Ok;
        });
        if (options is null)
        {
            return opened;
        }

        foreach (var (value, key) in new[] { (options.ApplicationId, "Discord:ApplicationId"), (options.BotToken, "Discord:BotToken") })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                await Console.Error.WriteLineAsync($"configuration error: {key} is required to register commands (environment variable {key.Replace(":", "__", StringComparison.Ordinal)}).");
                return ExitCodes.Configuration;
            }
        }

        var target = string.IsNullOrWhiteSpace(guild) ? options.GuildId : guild;
        try
        {
            var count = await host.Services.GetRequiredService<CommandRegistrar>().RegisterAsync(target, ct);
            await Console.Out.WriteLineAsync($"Registered {count} commands {(target is null ? "globally (may take up to an hour to appear)" : $"in guild {target}")}.");
            return ExitCodes.Ok;
        }
        catch (DiscordApiException ex)
        {
            await Console.Error.WriteLineAsync($"commands register: Discord refused the request: {ex.Message}");
            return ex.Status is 401 or 403 ? ExitCodes.Configuration : 1;
        }
    }
}
