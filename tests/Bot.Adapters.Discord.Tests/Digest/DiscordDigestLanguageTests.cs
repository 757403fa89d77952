using System.Text.Json;
using Bot.Adapters.Discord.Tests.Support;
using Bot.Core.Abstractions;
using Bot.Core.Admin;
using Bot.Core.Digest;
using Bot.Core.Knowledge;
using Bot.Infrastructure.Digest;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Adapters.Discord.Tests.Digest;

/// <summary>
/// The digest in the channel's default language (<c>/config language</c>), posted by the real runner from a real LiteDB file
/// to the fake Discord REST server: headline, event lines, figures, sources field and footer in Korean or Japanese; a
/// channel without the setting still gets the English digest.
/// </summary>
public sealed class DiscordDigestLanguageTests : IAsyncLifetime
{
    private const string MessagesPath = "/api/v10/channels/C1/messages";

    // 08:00 in Seoul on 22 June 2026 (the 1965 treaty's 61st anniversary) is 23:00 UTC on 21 June.
    private static readonly DateTimeOffset DueSeoul = new(2026, 6, 21, 23, 0, 0, TimeSpan.Zero);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "bot-discord-digest-lang-tests", Guid.NewGuid().ToString("N"));
    private FakeDiscordRest _fake = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscordRest.StartAsync();
        _fake.Respond = (r, _) => r.Method == "POST" && r.Path == MessagesPath ? new FakeResponse(200, """{"id":"m1","channel_id":"C1"}""") : null;
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Theory]
    [InlineData("ko", "2026년 6월 22일 월요일", "오늘의 역사", "61년 전")]
    [InlineData("ja", "2026年6月22日（月）", "今日は何の日", "61年前")]
    public async Task ChannelDefaultLanguage_DigestPostedInIt(string code, string date, string onThisDay, string yearsAgo)
    {
        var lang = Langs.FromLocale(code)!.Value;

        var embed = await PostedEmbedAsync(channelLanguage: code);

        var kb = TestBot.Knowledge;
        Assert.Contains(date, embed.GetProperty("title").GetString(), StringComparison.Ordinal);
        var description = embed.GetProperty("description").GetString()!;
        Assert.Contains(onThisDay, description, StringComparison.Ordinal);
        var treaty = Treaty(kb);
        var treatyLine = description.Split('\n').Single(l => l.Contains(treaty.Text(lang).Title, StringComparison.Ordinal));
        Assert.Contains(yearsAgo, treatyLine, StringComparison.Ordinal);
        Assert.DoesNotContain(treaty.Title, description, StringComparison.Ordinal);

        // The statistic of the day: its translated name, the figure written for this language, never the English form.
        var series = Assert.Single(kb.Statistics, s => description.Contains($"**{s.Text(lang).Name}**", StringComparison.Ordinal));
        var (before, latest) = (series.ComparablePoints[^2], series.ComparablePoints[^1]);
        Assert.Contains(series.Unit.Format(latest.Value, lang), description, StringComparison.Ordinal);
        Assert.Contains(series.Unit.FormatDelta(latest.Value - before.Value, lang), description, StringComparison.Ordinal);
        Assert.DoesNotContain(series.Unit.FormatDelta(latest.Value - before.Value), description, StringComparison.Ordinal);

        var t = Bot.Core.Answers.Templates.AnswerTemplates.For(lang);
        Assert.Contains(embed.GetProperty("fields").EnumerateArray(), f => f.GetProperty("name").GetString() == t.SourcesLabel);
        var footer = embed.GetProperty("footer").GetProperty("text").GetString()!;
        Assert.StartsWith(t.KnowledgeAsOfNote(kb.AsOf.ToDisplay(lang)), footer, StringComparison.Ordinal);
        Assert.Matches(code == "ko" ? @"^\d{4}년 \d{1,2}월 \d{1,2}일 기준" : @"^\d{4}年\d{1,2}月\d{1,2}日時点", footer);
        foreach (var english in new[] { "On this day", "Statistic of the day", "Knowledge as of", "answered from curated sources", "daily digest" })
        {
            Assert.DoesNotContain(english, embed.GetRawText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task NoChannelLanguage_DigestStaysEnglish()
    {
        var embed = await PostedEmbedAsync(channelLanguage: null);

        var raw = embed.GetRawText();
        Assert.Equal("Japan–Korea daily digest · Monday 22 June 2026", embed.GetProperty("title").GetString());
        Assert.Contains("**On this day**", raw, StringComparison.Ordinal);
        Assert.Contains(Treaty(TestBot.Knowledge).Title + " (61 years ago)", raw, StringComparison.Ordinal);
        Assert.Contains(embed.GetProperty("fields").EnumerateArray(), f => f.GetProperty("name").GetString() == "Sources");
        Assert.StartsWith("Knowledge as of ", embed.GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotMatch(@"[\uAC00-\uD7A3\u3040-\u30FF]", embed.GetProperty("title").GetString()!);
    }

    private static TimelineEvent Treaty(KnowledgeBase kb) =>
        kb.Timeline.Single(e => e.Date == new PartialDate(1965, 6, 22) && e.Title.Contains("Treaty on Basic Relations", StringComparison.Ordinal));

    /// <summary>Sets the channel's language as an admin would, runs one tick, and returns the embed Discord received.</summary>
    private async Task<JsonElement> PostedEmbedAsync(string? channelLanguage)
    {
        using var host = DiscordServices.Build(DiscordServices.Defaults(_fake.BaseUrl));
        using var db = new LiteDbContext(Options.Create(new StorageOptions { Path = Path.Combine(_root, "bot.db") }));
        var settings = new LiteDbChannelSettingsStore(db);
        if (channelLanguage is not null)
        {
            var saved = new ChannelSettingsAdmin(settings, new FakeTimeProvider(DueSeoul))
                .Set(new ConfigChange("discord", "G1", "C1", "U1", IsAdmin: true, ChannelSettingsAdmin.Language, channelLanguage));
            Assert.Equal(ConfigOutcome.Saved, saved.Outcome);
        }

        var options = new DigestOptions
        {
            Subscriptions = [new DigestSubscriptionOptions { Platform = "discord", Workspace = "G1", Channel = "C1", Time = "08:00", TimeZone = "Asia/Seoul" }],
        };
        using var runner = new DigestRunner(
            new FixedKnowledgeProvider(TestBot.Knowledge),
            new LiteDbDigestStore(db),
            new DigestPublishers(host.Services.GetServices<IDigestPublisher>(), new LogOnlyDigestPublisher(NullLogger<LogOnlyDigestPublisher>.Instance)),
            new NoHeadlines(),
            Options.Create(options),
            NullLogger<DigestRunner>.Instance,
            channelSettings: settings);

        var result = Assert.Single(await runner.TickAsync(DueSeoul, new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token));

        Assert.Equal(DigestTickOutcome.Sent, result.Outcome);
        var post = Assert.Single(_fake.Requests, r => r.Method == "POST" && r.Path == MessagesPath);
        using var payload = JsonDocument.Parse(PostedJson.Of(post.Body));
        return Assert.Single(payload.RootElement.GetProperty("embeds").EnumerateArray()).Clone();
    }
}
