using System.Text.Json;
using Bot.Adapters.Slack.Tests.Support;
using Bot.Core;
using Bot.Core.Abstractions;
using Bot.Core.Admin;
using Bot.Core.Answers.Templates;
using Bot.Core.Digest;
using Bot.Core.Knowledge;
using Bot.Infrastructure.Digest;

namespace Bot.Adapters.Slack.Tests.Digest;

/// <summary>
/// The digest in a channel's language on Slack: the real runner over a real LiteDB file posts to the fake Slack server. The
/// language comes from the channel's default (<c>/jk config language</c>) or from the subscription's own setting; without
/// either the digest is the English one.
/// </summary>
public sealed class SlackDigestLanguageTests : IAsyncLifetime
{
    private const string Channel = "CDIGEST";

    private readonly TempDatabase _db = new();
    private FakeSlackServer _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        _db.Delete();
    }

    [Theory]
    // SlackTestApp.Now is Friday 27 November 2026, 18:30 in Seoul.
    [InlineData("ko", null, "2026년 11월 27일 금요일")]
    [InlineData(null, "ja", "2026年11月27日（金）")]
    [InlineData("en", "ko", "2026년 11월 27일 금요일")]
    public async Task ChannelOrSubscriptionLanguage_DigestBlocksInIt(string? channelLanguage, string? subscriptionLanguage, string date)
    {
        var lang = Langs.FromLocale(subscriptionLanguage ?? channelLanguage)!.Value;

        var post = await PostedDigestAsync(channelLanguage, subscriptionLanguage);

        var kb = RepositoryKnowledge.Current;
        var t = AnswerTemplates.For(lang);
        var header = post.Body.GetProperty("blocks")[0];
        Assert.Equal("header", header.GetProperty("type").GetString());
        Assert.Contains(date, header.GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
        var text = string.Join("\n", post.AllStrings());

        // The statistic of the day: heading, translated series name and the figure in this language's units.
        Assert.Contains($"*{t.StatisticHeading}*", text, StringComparison.Ordinal);
        var series = Assert.Single(kb.Statistics, s => text.Contains($"*{s.Text(lang).Name}*", StringComparison.Ordinal));
        var (before, latest) = (series.ComparablePoints[^2], series.ComparablePoints[^1]);
        Assert.Contains(series.Unit.Format(latest.Value, lang), text, StringComparison.Ordinal);
        Assert.Contains(series.Unit.FormatDelta(latest.Value - before.Value, lang), text, StringComparison.Ordinal);
        Assert.DoesNotContain(series.Unit.FormatDelta(latest.Value - before.Value), text, StringComparison.Ordinal);
        Assert.Contains(t.KnowledgeAsOfNote(kb.AsOf.ToDisplay(lang)), text, StringComparison.Ordinal);
        Assert.Contains(t.SourcesHeading, post.Str("text"), StringComparison.Ordinal);
        foreach (var english in new[] { "Statistic of the day", "FAQ spotlight", "Knowledge as of", "daily digest", "Sources:" })
        {
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }

        // The chart goes into the thread under the section's own heading.
        var upload = Assert.Single(_slack.Calls("files.completeUploadExternal"));
        using var files = JsonDocument.Parse(upload.Str("files")!);
        Assert.Equal(t.StatisticHeading, files.RootElement[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task NoLanguageSet_DigestStaysEnglish()
    {
        var post = await PostedDigestAsync(null, null);

        var header = post.Body.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString();
        Assert.Equal("Japan–Korea daily digest · Friday 27 November 2026", header);
        var text = string.Join("\n", post.AllStrings());
        Assert.Contains("*Statistic of the day*", text, StringComparison.Ordinal);
        Assert.Contains("Knowledge as of ", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"[\uAC00-\uD7A3\u3040-\u30FF]", header!);
    }

    private async Task<RecordedCall> PostedDigestAsync(string? channelLanguage, string? subscriptionLanguage)
    {
        await using var host = DigestHost.Create(_slack, _db.Path, new Dictionary<string, string?>
        {
            ["Digest:Subscriptions:0:Platform"] = "slack",
            ["Digest:Subscriptions:0:Workspace"] = FakeSlackServer.TeamId,
            ["Digest:Subscriptions:0:Channel"] = Channel,
            // 18:00 in Seoul is 09:00 UTC: SlackTestApp.Now (09:30 UTC) is half an hour after it.
            ["Digest:Subscriptions:0:Time"] = "18:00",
            ["Digest:Subscriptions:0:TimeZone"] = "Asia/Seoul",
            ["Digest:Subscriptions:0:Language"] = subscriptionLanguage,
        });
        if (channelLanguage is not null)
        {
            var saved = host.Get<ChannelSettingsAdmin>()
                .Set(new ConfigChange(Platforms.Slack, FakeSlackServer.TeamId, Channel, "UADMIN", IsAdmin: true, ChannelSettingsAdmin.Language, channelLanguage));
            Assert.Equal(ConfigOutcome.Saved, saved.Outcome);
        }

        var result = Assert.Single(await host.Get<DigestRunner>().TickAsync(SlackTestApp.Now, CancellationToken.None));

        Assert.Equal(DigestTickOutcome.Sent, result.Outcome);
        return Assert.Single(_slack.Calls("chat.postMessage"));
    }
}
