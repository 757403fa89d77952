using Bot.Infrastructure.Digest;
using Bot.Infrastructure.Tests.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Digest;

public sealed class FeedReaderTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 6, 21, 23, 0, 0, TimeSpan.Zero);
    private FakeFeedServer _server = null!;
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly FakeTimeProvider _time = new(Now);
    private readonly ListLogger<FeedReader> _logger = new();

    public async Task InitializeAsync() => _server = await FakeFeedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _http.Dispose();

    private FeedReader Reader(params string[] paths) => new(
        _http,
        Options.Create(new DigestOptions { Feeds = [.. paths.Select(_server.Url)], FeedTimeoutSeconds = 5, FeedMaxBytes = 1_000_000 }),
        _time,
        _logger);

    [Fact]
    public async Task FetchAsync_RssAndAtom_RecentHeadlinesCleanedNewestFirst()
    {
        var headlines = await Reader("/rss", "/atom").FetchAsync(default);

        Assert.Equal(
            ["Trade talks continue", "Foreign ministers of Korea and Japan meet in Seoul", "@\u200beveryone look: shuttle diplomacy resumes"],
            headlines.Select(h => h.Title));
        Assert.Equal("https://atom.example/t", headlines[0].Url);
        Assert.Equal("Atom Daily", headlines[0].Feed);
        Assert.Equal("Example Wire", headlines[1].Feed);
        // A javascript: link is dropped, the headline kept.
        Assert.Null(headlines[2].Url);
    }

    [Theory]
    [InlineData("/garbage")]
    [InlineData("/html")]
    [InlineData("/error")]
    [InlineData("/huge")]
    [InlineData("/huge-declared")]
    [InlineData("/missing")]
    public async Task FetchAsync_BrokenFeedNextToAGoodOne_BrokenSkippedGoodKept(string broken)
    {
        var headlines = await Reader(broken, "/atom").FetchAsync(default);

        Assert.Equal(["Trade talks continue"], headlines.Select(h => h.Title));
        Assert.Contains(_logger.Entries, e => e.Message.Contains($"{broken} skipped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FetchAsync_HugeChunkedBody_StopsReadingAtTheCap()
    {
        var headlines = await Reader("/huge").FetchAsync(default);

        Assert.Empty(headlines);
        Assert.Contains(_logger.Entries, e => e.Message.Contains("larger than Digest:FeedMaxBytes (1000000 bytes)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FetchAsync_FeedThatNeverAnswers_SkippedWhenTheClockPassesTheTimeout()
    {
        var fetching = Reader("/slow").FetchAsync(default);
        Assert.False(fetching.IsCompleted);

        // The timeout runs on the fake clock: move it on instead of waiting five seconds.
        _time.Advance(TimeSpan.FromSeconds(5));
        var headlines = await fetching.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(headlines);
        Assert.Contains(_logger.Entries, e => e.Message.Contains("/slow skipped: no answer within Digest:FeedTimeoutSeconds", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FetchAsync_NoFeedsConfigured_NothingFetched()
    {
        var headlines = await Reader().FetchAsync(default);

        Assert.Empty(headlines);
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public void Parse_DtdWithEntities_Refused()
    {
        var bomb = """<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss><channel><item><title>&b;</title></item></channel></rss>""";

        Assert.Throws<System.Xml.XmlException>(() => FeedReader.Parse(System.Text.Encoding.UTF8.GetBytes(bomb), "x"));
    }
}
