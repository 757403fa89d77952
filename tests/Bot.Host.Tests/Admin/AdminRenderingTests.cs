using Bot.Core.Reporting;
using Bot.Host.Admin;
using NSubstitute;

namespace Bot.Host.Tests.Admin;

/// <summary>What the pages make of the report's text: user text is only ever text, and the chart is drawn from the counts.</summary>
public sealed class AdminRenderingTests
{
    // 1000 characters of someone's question, markup included.
    private static readonly string Hostile = ("<script>alert('x')</script><img src=x onerror=alert(1)>\"'&" + new string('q', 1000))[..1000];

    private static readonly DateTimeOffset To = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private static CuratorReport Report() => new(
        To.AddDays(-6), To, 9,
        new Dictionary<string, int> { ["answer"] = 6, ["decline"] = 2, ["clarify"] = 1 },
        new Dictionary<string, int> { ["slack"] = 5, ["discord"] = 4 },
        new Dictionary<string, int> { ["faq"] = 6, ["out_of_scope"] = 3 },
        [
            new DayCount(new DateOnly(2026, 12, 3), 4, new Dictionary<string, int> { ["answer"] = 3, ["decline"] = 1 }),
            new DayCount(new DateOnly(2026, 12, 7), 5, new Dictionary<string, int> { ["answer"] = 3, ["decline"] = 1, ["clarify"] = 1 }),
        ],
        840.5,
        [new TopQuestion(Hostile, 3, "faq")],
        [new Gap("g1", Hostile, 2, To, "decline", "out_of_scope", null, ["<b>GSOMIA</b>"], AnsweredBy: "faq/<i>gsomia</i>")],
        new FeedbackSummary(3, 1, new Dictionary<string, int> { ["<wrong>"] = 1 }, [new FeedbackComment(To, "other", Hostile, Hostile)]));

    [Fact]
    public void Pages_QuestionWithMarkup_RenderedAsTextOnly()
    {
        var field = new AntiforgeryField("__af", "tok\"en");
        var html = AdminHtml.Page("Overview", AdminEndpoints.Path, AdminPages.OverviewBody(Report(), 7), field)
            + AdminPages.GapsBody(Report().Gaps, 7, field, To)
            + AdminPages.FeedbackBody(Report().Feedback, 7);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<wrong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tok\"en", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;qqq", html, StringComparison.Ordinal);
        Assert.Contains("faq/&lt;i&gt;gsomia&lt;/i&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_SevenDays_OneBarGroupPerDayStackedByOutcome()
    {
        var svg = AdminChart.Svg(Report());

        Assert.StartsWith("<svg class=\"chart\"", svg, StringComparison.Ordinal);
        // Every day of the period has its group (empty days too), each with its title.
        Assert.Equal(7, CountOf(svg, "<g><title>"));
        Assert.Contains("2026-12-07: 5 questions (3 answer, 1 clarify, 1 decline)", svg, StringComparison.Ordinal);
        Assert.Contains("2026-12-05: 0 questions", svg, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(svg, "class=\"o-answer\""));
        Assert.Equal(1, CountOf(svg, "class=\"o-clarify\""));
        Assert.Equal(2, CountOf(svg, "class=\"o-decline\""));
        // Colours by class only: the Content-Security-Policy allows no inline style.
        Assert.DoesNotContain("style=", svg, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

/// <summary>The digests page from the digest store: each subscription with its next run and its last delivery's state.</summary>
public sealed class AdminDigestsRenderingTests
{
    [Fact]
    public void Digests_SubscriptionWithAFailedDelivery_NextRunLastStateAndErrorAsText()
    {
        var now = new DateTimeOffset(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);
        var subscription = new Bot.Core.Digest.DigestSubscription
        {
            Platform = "slack", Workspace = "T1", Channel = "C<9>", Time = new TimeOnly(8, 0), TimeZone = "Asia/Seoul",
            Status = Bot.Core.Digest.SubscriptionStatus.Failing, LastError = "slack not_in_channel <b>",
        };
        var store = NSubstitute.Substitute.For<Bot.Core.Abstractions.IDigestStore>();
        store.Subscriptions().Returns([subscription]);
        store.RecentDeliveries(subscription.Id, 1).Returns(
        [
            new Bot.Core.Digest.DigestDelivery
            {
                Key = "slack:C<9>:2026-12-06", SubscriptionId = subscription.Id, LocalDate = new DateOnly(2026, 12, 6),
                DueAt = now.AddHours(-28), State = Bot.Core.Digest.DeliveryState.Failed, UpdatedAt = now.AddHours(-27), Error = "403 <x>",
            },
        ]);

        var html = AdminPages.DigestsBody(store, now);

        Assert.Contains("<code>C&lt;9&gt;</code>", html, StringComparison.Ordinal);
        Assert.Contains("08:00 Asia/Seoul", html, StringComparison.Ordinal);
        // 08:00 in Seoul is 23:00 UTC the day before.
        Assert.Contains("2026-12-07 23:00 UTC", html, StringComparison.Ordinal);
        Assert.Contains("2026-12-06: failed", html, StringComparison.Ordinal);
        Assert.Contains("403 &lt;x&gt;", html, StringComparison.Ordinal);
        Assert.Contains("slack not_in_channel &lt;b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }
}
