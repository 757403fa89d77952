using Bot.Adapters.Discord.Tests.Support;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Discord.Tests;

public sealed class DiscordOptionsTests
{
    private static readonly string Key = Rfc8032Vector.PublicKey;

    [Theory]
    [InlineData("Off", null, null, null)]
    [InlineData("Http", "app1", "KEY", null)]
    [InlineData("Gateway", "app1", null, "token")]
    public void Validate_RequiredFieldsPresent_Succeeds(string mode, string? app, string? key, string? token)
    {
        var result = new DiscordOptionsValidator().Validate(null, Options(mode, app, key == "KEY" ? Key : key, token));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("Http", "app1", null, null, "Discord:PublicKey is required when Discord:Mode is Http")]
    [InlineData("Http", "app1", "abcd", null, "Discord:PublicKey must be the application's Public Key")]
    [InlineData("Http", null, "KEY", null, "Discord:ApplicationId is required when Discord:Mode is Http")]
    [InlineData("Gateway", "app1", null, null, "Discord:BotToken is required when Discord:Mode is Gateway")]
    [InlineData("Gateway", null, null, "token", "Discord:ApplicationId is required when Discord:Mode is Gateway")]
    public void Validate_MissingField_NamesTheConfigurationKey(string mode, string? app, string? key, string? token, string expected)
    {
        var result = new DiscordOptionsValidator().Validate(null, Options(mode, app, key == "KEY" ? Key : key, token));

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadUrls_NamesTheKeys()
    {
        var options = Options("Off", null, null, null);
        options.ApiBaseUrl = "discord.com/api";
        options.GatewayUrl = "http://not-a-websocket";

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.Contains("Discord:ApiBaseUrl", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Discord:GatewayUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddDiscord_InvalidSettings_HostRefusesToStart()
    {
        var settings = DiscordServices.Defaults("http://127.0.0.1:1/api/v10");
        settings["Discord:Mode"] = "Http";
        settings["Discord:DeferAfter"] = "00:00:05";
        using var host = DiscordServices.Build(settings);

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Discord:PublicKey", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:DeferAfter", ex.Message, StringComparison.Ordinal);
    }

    private static DiscordOptions Options(string mode, string? app, string? key, string? token) => new()
    {
        Mode = Enum.Parse<DiscordMode>(mode),
        ApplicationId = app,
        PublicKey = key,
        BotToken = token,
    };
}
