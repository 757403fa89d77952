using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Adapters.Discord.Outbound.Commands;
using Bot.Adapters.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Adapters.Discord.Tests.Commands;

/// <summary>The command list obeys Discord's registration rules (protocols.md B) and is sent with one bulk-overwrite PUT.</summary>
public sealed partial class CommandDefinitionsTests
{
    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();

    [Fact]
    public void All_TheSlashCommandsAndTheMessageCommand() =>
        Assert.Equal(["ask", "stats", "timeline", "faq", "about", "digest", "knowledge", "config", "Ask the bot about this message"], CommandDefinitions.All.Select(c => c.Name));

    [Fact]
    public void AskAboutMessage_AMessageCommandWithoutDescriptionOrOptions()
    {
        var command = CommandDefinitions.Find(CommandDefinitions.AskAboutMessage)!;

        // Context-menu commands: type 3, an empty description, a name of 1-32 characters that may hold capitals and spaces.
        Assert.Equal(3, command.Type);
        Assert.Equal("", command.Description);
        Assert.Empty(command.Options);
        Assert.InRange(command.Name.Length, 1, 32);
        Assert.All(command.NameLocalizations.Values, n => Assert.InRange(n.Length, 1, 32));
    }

    [Fact]
    public void Config_ManageGuildOnlyInServers_SetChoosesFromTheSettings()
    {
        var config = CommandDefinitions.Find("config")!;

        Assert.Equal("32", config.DefaultMemberPermissions);
        Assert.Equal([0], config.Contexts);
        Assert.Equal(["show", "set"], config.Options.Select(o => o.Name));
        Assert.Equal(Bot.Core.Admin.ChannelSettingsAdmin.Names, config.Option("set")!.Option("setting")!.Choices!.Select(c => c.Value));
    }

    [Fact]
    public void Digest_ManageGuildOnlyInServers_WithFourLocalisedSubcommands()
    {
        var digest = CommandDefinitions.Find("digest")!;

        Assert.Equal("32", digest.DefaultMemberPermissions);
        Assert.Equal([0], digest.Contexts);
        Assert.Equal(["subscribe", "unsubscribe", "status", "preview"], digest.Options.Select(o => o.Name));
        Assert.All(digest.Options, o => Assert.Equal(1, o.Type));
        foreach (var sub in digest.Options)
        {
            var options = sub.Options!;
            Assert.Equal(options.OrderByDescending(o => o.Required).Select(o => o.Name), options.Select(o => o.Name));
            foreach (var option in options)
            {
                AssertName(option.Name, option.NameLocalizations);
                AssertDescription(option.Description, option.DescriptionLocalizations);
                Assert.True(option.Autocomplete != true || option.Type is 3 or 4 or 10, $"digest.{sub.Name}.{option.Name}");
            }

            foreach (var locale in new[] { "ko", "ja" })
            {
                Assert.Equal(options.Count, options.Select(o => o.NameLocalizations[locale]).Distinct().Count());
            }
        }

        var subscribe = digest.Option("subscribe")!;
        Assert.Equal(7, subscribe.Option("channel")!.Type);
        Assert.True(subscribe.Option("channel")!.Required);
        Assert.True(subscribe.Option("time")!.Required);
        Assert.True(subscribe.Option("timezone")!.Autocomplete);
        Assert.False(subscribe.Option("timezone")!.Required);

        // Serialised the way Discord reads it.
        var json = JsonDocument.Parse(JsonSerializer.Serialize(digest, Bot.Adapters.Discord.Rendering.DiscordJson.Options)).RootElement;
        Assert.Equal("32", json.GetProperty("default_member_permissions").GetString());
        Assert.Equal("다이제스트", json.GetProperty("name_localizations").GetProperty("ko").GetString());
        Assert.Equal(3, json.GetProperty("options")[0].GetProperty("options").GetArrayLength());
        Assert.False(CommandDefinitions.Find("ask")!.DefaultMemberPermissions is not null);
    }

    [Fact]
    public void Knowledge_ManageGuildOnlyInServers_WithALocalisedReloadSubcommand()
    {
        var knowledge = CommandDefinitions.Find("knowledge")!;

        Assert.Equal("32", knowledge.DefaultMemberPermissions);
        Assert.Equal([0], knowledge.Contexts);
        var reload = Assert.Single(knowledge.Options);
        Assert.Equal(("reload", 1), (reload.Name, reload.Type));
        Assert.Empty(reload.Options!);
        foreach (var locale in new[] { "ko", "ja" })
        {
            Assert.False(string.IsNullOrWhiteSpace(knowledge.NameLocalizations[locale]));
            Assert.False(string.IsNullOrWhiteSpace(reload.NameLocalizations[locale]));
            Assert.False(string.IsNullOrWhiteSpace(reload.DescriptionLocalizations[locale]));
        }

        var json = JsonDocument.Parse(JsonSerializer.Serialize(knowledge, Bot.Adapters.Discord.Rendering.DiscordJson.Options)).RootElement;
        Assert.Equal("32", json.GetProperty("default_member_permissions").GetString());
        Assert.Equal(1, json.GetProperty("options")[0].GetProperty("type").GetInt32());
    }

    [Fact]
    public void Ask_QuestionMaxLength_IsTheRoutersLimit()
    {
        var question = CommandDefinitions.Find("ask")!.Option("question")!;

        Assert.Equal(Bot.Core.Text.TextNormalizer.MaxQuestionLength, question.MaxLength);
        var json = JsonDocument.Parse(JsonSerializer.Serialize(CommandDefinitions.Find("ask"), Bot.Adapters.Discord.Rendering.DiscordJson.Options)).RootElement;
        Assert.Equal(1000, json.GetProperty("options")[0].GetProperty("max_length").GetInt32());
    }

    [Fact]
    public void All_NamesDescriptionsAndOptions_FollowDiscordRules()
    {
        foreach (var command in CommandDefinitions.All.Where(c => c.Type == CommandDefinition.ChatInput))
        {
            AssertName(command.Name, command.NameLocalizations);
            AssertDescription(command.Description, command.DescriptionLocalizations);
            Assert.True(command.Options.Count <= 25, command.Name);
            Assert.Equal(command.Options.Count, command.Options.Select(o => o.Name).Distinct().Count());
            // Required options come before optional ones.
            Assert.Equal(command.Options.OrderByDescending(o => o.Required).Select(o => o.Name), command.Options.Select(o => o.Name));
            foreach (var option in command.Options)
            {
                AssertName(option.Name, option.NameLocalizations);
                AssertDescription(option.Description, option.DescriptionLocalizations);
                Assert.True(option.Autocomplete != true || option.Type is 3 or 4 or 10, $"{command.Name}.{option.Name}");
            }

            var text = command.Name.Length + command.Description.Length
                + command.Options.Sum(o => o.Name.Length + o.Description.Length);
            Assert.True(text <= 8000, command.Name);
        }
    }

    [Fact]
    public void All_LocalisedNamesAreUniquePerCommandAndLocale()
    {
        foreach (var command in CommandDefinitions.All)
        {
            foreach (var locale in new[] { "ko", "ja" })
            {
                var names = command.Options.Select(o => o.NameLocalizations[locale]).ToList();
                Assert.Equal(names.Count, names.Distinct().Count());
            }
        }

        Assert.Equal(CommandDefinitions.All.Count, CommandDefinitions.All.Select(c => c.NameLocalizations["ko"]).Distinct().Count());
        Assert.Equal(CommandDefinitions.All.Count, CommandDefinitions.All.Select(c => c.NameLocalizations["ja"]).Distinct().Count());
    }

    [Theory]
    [InlineData("g123", "/api/v10/applications/app1/guilds/g123/commands")]
    [InlineData(null, "/api/v10/applications/app1/commands")]
    public async Task Register_BulkOverwritesWithOnePut(string? guild, string expectedPath)
    {
        await using var rest = await FakeDiscordRest.StartAsync();
        using var host = DiscordServices.Build(DiscordServices.Defaults(rest.BaseUrl));

        var count = await host.Services.GetRequiredService<CommandRegistrar>().RegisterAsync(guild, new CancellationTokenSource(Loopback.Bound).Token);

        var put = Assert.Single(rest.Requests);
        Assert.Equal("PUT", put.Method);
        Assert.Equal(expectedPath, put.Path);
        Assert.Equal("Bot test-token", put.Headers["Authorization"]);
        Assert.Equal(9, count);
        var stats = JsonDocument.Parse(put.Body).RootElement.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "stats");
        Assert.Equal(1, stats.GetProperty("type").GetInt32());
        Assert.Equal("통계", stats.GetProperty("name_localizations").GetProperty("ko").GetString());
        Assert.Equal("統計", stats.GetProperty("name_localizations").GetProperty("ja").GetString());
        var metric = stats.GetProperty("options")[0];
        Assert.True(metric.GetProperty("autocomplete").GetBoolean());
        Assert.True(metric.GetProperty("required").GetBoolean());
        Assert.Equal(1800, stats.GetProperty("options")[1].GetProperty("min_value").GetInt32());
    }

    private static void AssertName(string name, IReadOnlyDictionary<string, string> localised)
    {
        Assert.Matches(NamePattern(), name);
        Assert.Equal(name.ToLowerInvariant(), name);
        Assert.Equal(["ja", "ko"], localised.Keys.Order());
        Assert.All(localised.Values, n => Assert.Matches(NamePattern(), n));
        Assert.All(localised.Values, n => Assert.Equal(n.ToLowerInvariant(), n));
    }

    private static void AssertDescription(string description, IReadOnlyDictionary<string, string> localised)
    {
        Assert.InRange(description.Length, 1, 100);
        Assert.Equal(["ja", "ko"], localised.Keys.Order());
        Assert.All(localised.Values, d => Assert.InRange(d.Length, 1, 100));
    }
}
