using Bot.Core.Digest;
using Bot.Core.Knowledge;
using Bot.Core.Tests.Routing;

namespace Bot.Core.Tests.Digest;

public sealed class DigestComposerTests
{
    private static readonly DateOnly TreatyDay = new(2026, 6, 22);

    // The repository's knowledge/ folder through the production loader: the digest is checked on what users will get.
    private readonly KnowledgeBase _kb = RepositoryKnowledge.Current;

    [Fact]
    public void Compose_TreatyAnniversary2026_OnThisDayShowsThe1965TreatyAnd61Years()
    {
        var digest = DigestComposer.Compose(_kb, TreatyDay, DigestContext.Empty);

        var today = digest.Section(DigestSectionNames.OnThisDay);
        Assert.NotNull(today);
        var line = today.Body.Split('\n').Single(l => l.Contains("1965", StringComparison.Ordinal));
        Assert.Contains("Treaty on Basic Relations", line, StringComparison.Ordinal);
        Assert.Contains("61 years ago", line, StringComparison.Ordinal);
        Assert.Contains(digest.Sources, s => s.Id == "wikisource-basic-treaty");
        Assert.Contains("Monday 22 June 2026", digest.Title, StringComparison.Ordinal);
        Assert.Contains("Treaty on Basic Relations", digest.ToText(), StringComparison.Ordinal);
        Assert.Contains("Knowledge as of", digest.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_WeekBeforeTheTreatyDay_UpcomingNamesThe61stAnniversary()
    {
        var digest = DigestComposer.Compose(_kb, new DateOnly(2026, 6, 16), DigestContext.Empty);

        var upcoming = digest.Section(DigestSectionNames.Upcoming);
        Assert.NotNull(upcoming);
        Assert.Contains("Mon 22 June", upcoming.Body, StringComparison.Ordinal);
        Assert.Contains("61st anniversary: Treaty on Basic Relations", upcoming.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_SameInputs_SameDigest()
    {
        var first = DigestComposer.Compose(_kb, TreatyDay, DigestContext.Empty);
        var second = DigestComposer.Compose(_kb, TreatyDay, DigestContext.Empty);

        Assert.Equal(first.ToText(), second.ToText());
        Assert.Equal(first.Chart, second.Chart);
        Assert.Equal(first.FaqId, second.FaqId);
    }

    [Fact]
    public void Compose_StatisticSpotlight_CarriesAChartOfAChartableSeries()
    {
        var digest = DigestComposer.Compose(_kb, TreatyDay, DigestContext.Empty);

        Assert.NotNull(digest.Chart);
        var series = _kb.Series(digest.Chart.SeriesId);
        Assert.NotNull(series);
        Assert.Contains(series.Name, digest.Section(DigestSectionNames.Statistic)!.Body, StringComparison.Ordinal);
        Assert.True(series.ComparablePoints.Select(p => p.Year).Distinct().Count() >= 3);
    }

    [Fact]
    public void Compose_SixtyDaysInOneChannel_NoFaqRepeatsWithin30Days()
    {
        var shown = new List<(DateOnly Day, string FaqId)>();
        for (var day = new DateOnly(2026, 1, 1); day < new DateOnly(2026, 3, 2); day = day.AddDays(1))
        {
            var recent = shown.Where(s => s.Day > day.AddDays(-DigestComposer.FaqRepeatDays)).Select(s => s.FaqId).ToHashSet();
            var digest = DigestComposer.Compose(_kb, day, DigestContext.Empty with { RecentFaqIds = recent });
            if (digest.FaqId is { } id)
            {
                Assert.DoesNotContain(id, recent);
                shown.Add((day, id));
            }
        }

        foreach (var (day, id) in shown)
        {
            Assert.DoesNotContain(shown, s => s.FaqId == id && s.Day > day && s.Day < day.AddDays(DigestComposer.FaqRepeatDays));
        }

        // Every topic gets its turn before the section falls silent for the rest of the window.
        Assert.Equal(_kb.Faqs.Count, shown.Where(s => s.Day < new DateOnly(2026, 1, 31)).Select(s => s.FaqId).Distinct().Count());
    }

    [Fact]
    public void Compose_EveryFaqShownRecently_FaqSectionLeftOut()
    {
        var kb = SmallKnowledge.Create(faqs: [SmallKnowledge.Faq("a"), SmallKnowledge.Faq("b")]);

        var digest = DigestComposer.Compose(kb, TreatyDay, DigestContext.Empty with { RecentFaqIds = new HashSet<string> { "a", "b" } });

        Assert.Null(digest.Section(DigestSectionNames.Faq));
        Assert.Null(digest.FaqId);
    }

    [Fact]
    public void Compose_NothingToSay_EmptySectionsLeftOut()
    {
        var kb = SmallKnowledge.Create(events: [SmallKnowledge.Event("other-day", "1990-01-05", "Something in January")]);

        var digest = DigestComposer.Compose(kb, TreatyDay, DigestContext.Empty with { PreviousFingerprints = KnowledgeFingerprints.Of(kb).Entries });

        Assert.Empty(digest.Sections);
        Assert.Null(digest.Chart);
        Assert.DoesNotContain("**", digest.ToAnswer().Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_OnlyStatisticEnabled_OnlyThatSection()
    {
        var digest = DigestComposer.Compose(_kb, TreatyDay, DigestContext.Empty with { Sections = DigestSections.Statistic });

        Assert.Equal([DigestSectionNames.Statistic], digest.Sections.Select(s => s.Kind));
    }

    [Fact]
    public void Compose_FirstDigest_NoChangesSection()
    {
        var digest = DigestComposer.Compose(_kb, TreatyDay, DigestContext.Empty);

        Assert.Null(digest.Section(DigestSectionNames.Changes));
    }

    [Fact]
    public void Compose_KnowledgeEditedSinceLastDigest_ListsNewAndUpdatedEntries()
    {
        var before = SmallKnowledge.Create(
            events: [SmallKnowledge.Event("kept", "1990-01-05", "Kept event")],
            faqs: [SmallKnowledge.Faq("gsomia")]);
        var after = SmallKnowledge.Create(
            events: [SmallKnowledge.Event("kept", "1990-01-05", "Kept event"), SmallKnowledge.Event("added", "2026-02-22", "Added event")],
            faqs: [SmallKnowledge.Faq("gsomia", contested: true)]);

        var digest = DigestComposer.Compose(after, TreatyDay, DigestContext.Empty with { PreviousFingerprints = KnowledgeFingerprints.Of(before).Entries });

        var changes = digest.Section(DigestSectionNames.Changes);
        Assert.NotNull(changes);
        Assert.Contains("New timeline event: Added event (22 February 2026)", changes.Body, StringComparison.Ordinal);
        Assert.Contains("Updated FAQ: Topic gsomia", changes.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Kept event", changes.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Headlines_ShownAndLabelledAsUnchecked()
    {
        var headlines = new[] { new Headline("Foreign ministers meet in Seoul", "https://news.example/1", "Example News", null) };

        var digest = DigestComposer.Compose(_kb, TreatyDay, DigestContext.Empty with { Headlines = headlines });

        var section = digest.Section(DigestSectionNames.Headlines);
        Assert.NotNull(section);
        Assert.Contains("Foreign ministers meet in Seoul — Example News https://news.example/1", section.Body, StringComparison.Ordinal);
        Assert.Contains("not checked", section.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Anniversaries_LeapDayEvent_RememberedOn28FebruaryInOtherYears()
    {
        var kb = SmallKnowledge.Create(events: [SmallKnowledge.Event("leap", "2004-02-29", "Leap-day event")]);

        Assert.Single(Anniversaries.On(kb, new DateOnly(2026, 2, 28)));
        Assert.Single(Anniversaries.On(kb, new DateOnly(2028, 2, 29)));
        Assert.Empty(Anniversaries.On(kb, new DateOnly(2028, 2, 28)));
    }

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(61, "61st")]
    [InlineData(112, "112th")]
    public void Ordinal_Numbers_EnglishSuffixes(int n, string expected) => Assert.Equal(expected, Anniversaries.Ordinal(n));
}
