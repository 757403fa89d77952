using Bot.Adapters.Slack.Tests.Support;
using Bot.Core.Abstractions;
using Bot.Core.Conversations;
using Bot.Core.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Tests;

public sealed class SlackOptionsValidationTests
{
    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton<IKnowledgeProvider>(new FixedKnowledgeProvider(RepositoryKnowledge.Current));
        services.AddSingleton<IFeedbackStore, NoFeedback>();
        services.AddSingleton<IDeliveryDeduplicator, NoDedupe>();
        services.AddSingleton(sp => new IntentRouter(
            sp.GetRequiredService<IKnowledgeProvider>(), IntentPipeline.Create(new NullRetriever()),
            new InMemoryConversationStore(TimeProvider.System, TimeSpan.FromMinutes(30)), new NullQueryLog(), TimeProvider.System));
        services.AddSlack();
        return services.BuildServiceProvider();
    }

    private static string ValidationError(Dictionary<string, string?> settings)
    {
        using var provider = Provider(settings);
        return Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate()).Message;
    }

    [Fact]
    public void AddSlack_NoConfiguration_IsOffAndValid()
    {
        using var provider = Provider([]);

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(SlackMode.Off, provider.GetRequiredService<IOptions<SlackOptions>>().Value.Mode);
    }

    [Fact]
    public void AddSlack_EventsWithoutSecretOrToken_NamesBothKeys()
    {
        var error = ValidationError(new() { ["Slack:Mode"] = "Events" });

        Assert.Contains("Slack:SigningSecret", error, StringComparison.Ordinal);
        Assert.Contains("Slack:BotToken", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Slack:AppToken", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSlack_EventsWithUserTokenInsteadOfBotToken_NamesBotToken()
    {
        var error = ValidationError(new() { ["Slack:Mode"] = "Events", ["Slack:SigningSecret"] = "s", ["Slack:BotToken"] = "xoxp-user-token" });

        Assert.Contains("Slack:BotToken", error, StringComparison.Ordinal);
        Assert.Contains("xoxb-", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSlack_SocketModeWithoutAppToken_NamesAppTokenButNotSecret()
    {
        var error = ValidationError(new() { ["Slack:Mode"] = "SocketMode", ["Slack:BotToken"] = "xoxb-1" });

        Assert.Contains("Slack:AppToken", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Slack:SigningSecret", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSlack_SocketModeComplete_Valid()
    {
        using var provider = Provider(new() { ["Slack:Mode"] = "SocketMode", ["Slack:BotToken"] = "xoxb-1", ["Slack:AppToken"] = "xapp-1" });

        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Theory]
    [InlineData("Slack:ApiBaseUrl", "slack.com/api", "Slack:ApiBaseUrl")]
    [InlineData("Slack:ApiBaseUrl", "https://slack.com/api", "Slack:ApiBaseUrl")]
    [InlineData("Slack:Command", "jk", "Slack:Command")]
    [InlineData("Slack:InlineAnswerBudget", "00:00:03", "Slack:InlineAnswerBudget")]
    [InlineData("Slack:Workers", "0", "Slack:Workers")]
    [InlineData("Slack:DedupeTtl", "00:01:00", "Slack:DedupeTtl")]
    public void AddSlack_BadSetting_NamesIt(string key, string value, string named)
    {
        var error = ValidationError(new()
        {
            ["Slack:Mode"] = "Events", ["Slack:SigningSecret"] = "s", ["Slack:BotToken"] = "xoxb-1", [key] = value,
        });

        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSlack_SocketModeConfigured_RegistersTheSocketModeClientAsHostedService()
    {
        using var provider = Provider(new() { ["Slack:Mode"] = "SocketMode", ["Slack:BotToken"] = "xoxb-1", ["Slack:AppToken"] = "xapp-1" });

        var hosted = provider.GetServices<IHostedService>().ToList();

        Assert.Contains(hosted, h => h is Bot.Adapters.Slack.Inbound.SocketMode.SocketModeClient);
        Assert.Contains(hosted, h => h is Bot.Adapters.Common.Work.WorkQueue);
    }

    private sealed class NoFeedback : IFeedbackStore
    {
        public void Record(string platform, string answerId, string userId, bool helpful)
        {
        }

        public (int Helpful, int NotHelpful) Totals(string answerId) => (0, 0);

        public bool RecordReason(string platform, string answerId, string userId, string reason, string? text) => false;

        public IReadOnlyList<FeedbackRecord> Since(DateTimeOffset from) => [];
    }

    private sealed class NoDedupe : IDeliveryDeduplicator
    {
        public bool TryClaim(string key, TimeSpan ttl) => true;
    }
}
