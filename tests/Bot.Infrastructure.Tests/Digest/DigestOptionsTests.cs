using Bot.Infrastructure.Digest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Tests.Digest;

public sealed class DigestOptionsTests
{
    private static IOptions<DigestOptions> Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddDigest()
            .BuildServiceProvider();
        return services.GetRequiredService<IOptions<DigestOptions>>();
    }

    [Fact]
    public void Bind_EnvironmentStyleSubscription_ReadWithDefaults()
    {
        var options = Bind(new()
        {
            ["Digest:Subscriptions:0:Platform"] = "discord",
            ["Digest:Subscriptions:0:Channel"] = "1234",
            ["Digest:Subscriptions:0:Time"] = "08:00",
            ["Digest:Feeds:0"] = "https://news.example/rss",
        }).Value;

        var s = Assert.Single(options.Subscriptions);
        Assert.Equal("Asia/Seoul", s.TimeZone);
        Assert.Equal(6, options.CatchUpHours);
        Assert.Equal(["https://news.example/rss"], options.Feeds);
    }

    [Theory]
    [InlineData("Digest:Subscriptions:0:TimeZone", "Asia/Seol", "Digest:Subscriptions:0:TimeZone 'Asia/Seol' is not an IANA time zone id")]
    [InlineData("Digest:Subscriptions:0:Time", "8am", "Digest:Subscriptions:0:Time '8am' is not a 24-hour time HH:mm")]
    [InlineData("Digest:Subscriptions:0:Platform", "teams", "Digest:Subscriptions:0:Platform 'teams' is not a platform")]
    [InlineData("Digest:Subscriptions:0:Channel", "", "Digest:Subscriptions:0:Channel is required")]
    [InlineData("Digest:Subscriptions:0:Sections:0", "weather", "Digest:Subscriptions:0:Sections 'weather' is not a section")]
    [InlineData("Digest:Subscriptions:0:Language", "zh", "Digest:Subscriptions:0:Language 'zh' is not a language the bot writes; use en, ko, ja")]
    [InlineData("Digest:Feeds:0", "ftp://x/feed", "Digest:Feeds:0 'ftp://x/feed' is not an http(s) URL")]
    [InlineData("Digest:CatchUpHours", "48", "Digest:CatchUpHours must be between 0 and 24")]
    public void Validate_BadSetting_MessageNamesTheKey(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Digest:Subscriptions:0:Platform"] = "slack",
            ["Digest:Subscriptions:0:Channel"] = "C1",
            ["Digest:Subscriptions:0:Time"] = "07:30",
            ["Digest:Subscriptions:0:TimeZone"] = "Asia/Tokyo",
        };
        settings[key] = value;

        var ex = Assert.Throws<OptionsValidationException>(() => Bind(settings).Value);

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SameChannelTwice_Rejected()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Bind(new()
        {
            ["Digest:Subscriptions:0:Platform"] = "slack",
            ["Digest:Subscriptions:0:Channel"] = "C1",
            ["Digest:Subscriptions:0:Time"] = "07:30",
            ["Digest:Subscriptions:1:Platform"] = "slack",
            ["Digest:Subscriptions:1:Channel"] = "C1",
            ["Digest:Subscriptions:1:Time"] = "09:00",
        }).Value);

        Assert.Contains("Digest:Subscriptions:1:Channel 'C1' is subscribed twice", ex.Message, StringComparison.Ordinal);
    }
}
