using System.Text.Json;
using Bot.Core.Feedback;
using Bot.Core.Knowledge;
using Bot.Core.Routing;
using Bot.Infrastructure.Reporting;
using Bot.Infrastructure.Tests.Retrieval;
using static Bot.Infrastructure.Tests.Reporting.ReportSetup;

namespace Bot.Infrastructure.Tests.Reporting;

public sealed class CuratorReportBuilderTests : IDisposable
{
    private readonly ReportSetup _setup = new();

    [Fact]
    public void Build_EmptyStore_ZerosAndEveryDayOfThePeriod()
    {
        var report = _setup.Reports.Build(7);

        Assert.Equal(0, report.Questions);
        Assert.Equal(Now, report.To);
        Assert.Equal(Now.AddDays(-7), report.From);
        Assert.Empty(report.ByOutcome);
        Assert.Empty(report.Gaps);
        Assert.Empty(report.Top);
        Assert.Null(report.P95AnswerMs);
        Assert.Equal((0, 0), (report.Feedback.Up, report.Feedback.Down));
        Assert.Equal(8, report.PerDay.Count);
        Assert.All(report.PerDay, d => Assert.Equal(0, d.Questions));
        Assert.Equal(DateOnly.FromDateTime(Now.UtcDateTime), report.PerDay[^1].Date);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(3651)]
    public void Build_DaysOutOfRange_Throws(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _setup.Reports.Build(days));

    [Fact]
    public void Build_MixedLog_CountsByOutcomePlatformIntentAndDay_OnlyInsideThePeriod()
    {
        _setup.Log.RecordMany([
            Asked("korea imports from japan 2011", intent: IntentNames.Statistic, platform: "slack", hoursAgo: 1, latencyMs: 1),
            Asked("korea imports from japan 2011", intent: IntentNames.Statistic, platform: "slack", hoursAgo: 2, latencyMs: 2),
            Asked("who owns dokdo", hoursAgo: 30, latencyMs: 3),
            Asked("weather in paris", "decline", IntentNames.OutOfScope, hoursAgo: 30, latencyMs: 100),
            Asked("and then?", "clarify", IntentNames.FollowUp, hoursAgo: 50, latencyMs: 4),
            Asked("too old to count", hoursAgo: 24 * 8),
        ]);

        var report = _setup.Reports.Build(7);

        Assert.Equal(5, report.Questions);
        Assert.Equal(new Dictionary<string, int> { ["answer"] = 3, ["decline"] = 1, ["clarify"] = 1 }, report.ByOutcome);
        Assert.Equal(new Dictionary<string, int> { ["slack"] = 2, ["discord"] = 3 }, report.ByPlatform);
        Assert.Equal(2, report.ByIntent[IntentNames.Statistic]);
        var today = report.PerDay[^1];
        Assert.Equal((2, 2), (today.Questions, today.ByOutcome["answer"]));
        var yesterday = report.PerDay[^2];
        Assert.Equal((2, 1, 1), (yesterday.Questions, yesterday.ByOutcome["answer"], yesterday.ByOutcome["decline"]));
        Assert.Equal(5, report.PerDay.Sum(d => d.Questions));
        Assert.Equal(100, report.P95AnswerMs);
        var top = report.Top[0];
        Assert.Equal(("korea imports from japan 2011", 2, IntentNames.Statistic), (top.Question, top.Count, top.Intent));
    }

    [Fact]
    public void Build_NearDuplicateGaps_OneClusterWithTheirCount_DifferentQuestionApart()
    {
        _setup.Log.RecordMany([
            Asked("What is GSOMIA?", "decline", IntentNames.FreeForm, hoursAgo: 5),
            Asked("gsomia", "decline", IntentNames.FreeForm, hoursAgo: 4),
            Asked("GSOMIA??", "decline", IntentNames.FreeForm, hoursAgo: 3),
            Asked("what's   gsomia", "decline", IntentNames.FreeForm, hoursAgo: 2),
            // Same words plus one: the embedding, not the normalisation, puts it with the others.
            Asked("gsomia intelligence agreement", "decline", IntentNames.FreeForm, hoursAgo: 7),
            Asked("gsomia intelligence agreement explained", "decline", IntentNames.FreeForm, hoursAgo: 1),
            Asked("fishing rights around tsushima", "decline", IntentNames.FreeForm, hoursAgo: 6),
        ]);

        var gaps = _setup.Reports.Build(30).Gaps;

        Assert.Equal(3, gaps.Count);
        var gsomia = gaps[0];
        Assert.Equal(4, gsomia.Count);
        Assert.Equal("what's   gsomia", gsomia.Example);
        Assert.Equal(Now.AddHours(-2), gsomia.LastAsked);
        Assert.Equal("decline", gsomia.Outcome);
        var agreement = Assert.Single(gaps, g => g.Count == 2);
        Assert.Equal(Now.AddHours(-1), agreement.LastAsked);
        Assert.Equal("fishing rights around tsushima", Assert.Single(gaps, g => g.Count == 1).Example);
        Assert.Equal(3, gaps.Select(g => g.Id).Distinct().Count());
    }

    [Fact]
    public void Build_Again_GapTextsNotEmbeddedTwice_SameGaps()
    {
        var generator = (FakeEmbeddingGenerator)_setup.Generator;
        // The retriever embeds the knowledge passages once, on first use (a gap's closest entries): not this test's subject.
        _setup.Log.Record(Asked("warm-up question", "decline", IntentNames.FreeForm, hoursAgo: 50));
        _setup.Reports.Build(30);
        _setup.Log.RecordMany([
            Asked("What is GSOMIA?", "decline", IntentNames.FreeForm, hoursAgo: 5),
            Asked("gsomia", "decline", IntentNames.FreeForm, hoursAgo: 4),
            Asked("fishing rights around tsushima", "decline", IntentNames.FreeForm, hoursAgo: 6),
            Asked("the hanwha ocean deal", "decline", IntentNames.FreeForm, hoursAgo: 30),
        ]);

        var before = generator.TextsEmbedded;
        var first = _setup.Reports.Build(30).Gaps;
        var firstCost = generator.TextsEmbedded - before;
        before = generator.TextsEmbedded;
        var second = _setup.Reports.Build(30).Gaps;
        var secondCost = generator.TextsEmbedded - before;

        // Three distinct normalised gap texts and three examples (the closest-entry queries): embedded by the first report only.
        Assert.Equal(6, firstCost);
        Assert.Equal(0, secondCost);
        Assert.Equal(first.Select(g => (g.Id, g.Count, g.Example)), second.Select(g => (g.Id, g.Count, g.Example)));
    }

    [Fact]
    public void Build_InANewProcess_KnownGapTextsComeFromTheStoreNotTheModel()
    {
        var generator = (FakeEmbeddingGenerator)_setup.Generator;
        _setup.Log.RecordMany([
            Asked("What is GSOMIA?", "decline", IntentNames.FreeForm, hoursAgo: 5),
            Asked("gsomia", "decline", IntentNames.FreeForm, hoursAgo: 4),
            Asked("fishing rights around tsushima", "decline", IntentNames.FreeForm, hoursAgo: 6),
            Asked("the hanwha ocean deal", "decline", IntentNames.FreeForm, hoursAgo: 30),
        ]);
        var first = _setup.Reports.Build(30).Gaps;
        // Three gap texts and the three examples' query vectors ("gsomia", "fishing rights around tsushima", "the hanwha ocean deal").
        Assert.Equal(6, _setup.GapVectors.CountGapVectors());

        // A new builder over the store (the next CLI process, nothing in memory): the model embeds nothing.
        var before = generator.TextsEmbedded;
        var second = _setup.NewBuilder().Build(30).Gaps;
        Assert.Equal(0, generator.TextsEmbedded - before);
        Assert.Equal(first.Select(g => (g.Id, g.Count, g.Example)), second.Select(g => (g.Id, g.Count, g.Example)));
    }

    [Fact]
    public void Build_InANewProcess_AllVectorsStored_ModelNotCalled_SameClosestEntries()
    {
        _setup.Log.RecordMany([
            Asked("why did the intelligence pact gsomia end in 2019", "decline", IntentNames.FreeForm, hoursAgo: 5),
            Asked("What about the comfort women agreement?", "decline", IntentNames.FreeForm, hoursAgo: 6),
            Asked("fishing rights around tsushima", "answer", IntentNames.FreeForm, hoursAgo: 7, confidence: 0.3),
        ]);
        var model = new FakeEmbeddingGenerator();
        var withModel = _setup.NewProcess(model).Build(30).Gaps;
        Assert.True(model.TextsEmbedded > 0);
        Assert.Contains(withModel, g => g.Closest.Count > 0);

        // The next process: passage, gap and example vectors all stored, so the model is never called (a real one never loaded).
        var unused = new FakeEmbeddingGenerator();
        var fromStore = _setup.NewProcess(unused).Build(30).Gaps;

        Assert.Equal(0, unused.Calls);
        Assert.Equal(withModel.Select(g => (g.Id, g.Example, string.Join(' ', g.Closest))), fromStore.Select(g => (g.Id, g.Example, string.Join(' ', g.Closest))));
    }

    [Fact]
    public void Build_InANewProcess_NewExample_ModelEmbedsOnlyThatExample()
    {
        _setup.Log.RecordMany([
            Asked("gsomia", "decline", IntentNames.FreeForm, hoursAgo: 5),
            Asked("fishing rights around tsushima", "decline", IntentNames.FreeForm, hoursAgo: 6),
        ]);
        var before = _setup.NewProcess(new FakeEmbeddingGenerator()).Build(30).Gaps;
        // Asked again in other words: the same gap (same normalised text, whose vector is stored), a new example.
        _setup.Log.Record(Asked("What is GSOMIA?", "decline", IntentNames.FreeForm, hoursAgo: 1));

        var model = new FakeEmbeddingGenerator();
        var after = _setup.NewProcess(model).Build(30).Gaps;

        Assert.Equal(1, model.TextsEmbedded);
        var gsomia = Assert.Single(after, g => g.Example == "What is GSOMIA?");
        Assert.Equal(2, gsomia.Count);
        Assert.Equal(Assert.Single(before, g => g.Example == "gsomia").Id, gsomia.Id);
    }

    [Fact]
    public void Build_QuestionTextOff_StoresNoGapVector()
    {
        using var setup = new ReportSetup(logQuestionText: false);
        setup.Log.RecordMany([
            Asked("What is GSOMIA?", "decline", IntentNames.FreeForm, hoursAgo: 5),
            Asked("fishing rights around tsushima", "decline", IntentNames.FreeForm, hoursAgo: 6),
        ]);

        setup.Reports.Build(30);

        Assert.Equal(0, setup.GapVectors.CountGapVectors());
    }

    [Fact]
    public void Build_WithoutEmbeddingModel_StillMergesNormalisedDuplicates()
    {
        using var setup = new ReportSetup(generator: new FakeEmbeddingGenerator(fail: true));
        setup.Log.RecordMany([Asked("What is GSOMIA?", "decline"), Asked("gsomia!", "decline"), Asked("gsomia intelligence agreement", "decline")]);

        var gaps = setup.Reports.Build(30).Gaps;

        Assert.Equal([2, 1], gaps.Select(g => g.Count));
    }

    [Fact]
    public void Build_LowConfidenceAndVotedDownAnswers_AreGaps_ConfidentAnswersAndLimitsAreNot()
    {
        _setup.Log.RecordMany([
            Asked("unsure one", confidence: 0.59, topic: "faq:dokdo-takeshima"),
            Asked("sure one", confidence: 0.6),
            Asked("voted down one", confidence: 0.95, topic: "faq:normalization-1965", answerId: "A1"),
            Asked("slow down", "decline", IntentNames.RateLimited),
            Asked("you idiot", "decline", IntentNames.Safety),
            Asked("setting = on", "admin", "admin.config"),
        ]);
        _setup.Feedback.Record("discord", "A1", "U-secret-42", helpful: false);

        var report = _setup.Reports.Build(30);

        Assert.Equal(5, report.Questions);
        Assert.False(report.ByIntent.ContainsKey("admin.config"));
        Assert.Equal(2, report.Gaps.Count);
        var low = Assert.Single(report.Gaps, g => g.Example == "unsure one");
        Assert.Equal(("low-confidence", "faq:dokdo-takeshima"), (low.Outcome, low.Topic));
        var voted = Assert.Single(report.Gaps, g => g.Example == "voted down one");
        Assert.Equal(("voted-down", "faq:normalization-1965"), (voted.Outcome, voted.Topic));
    }

    [Fact]
    public void Build_VotesWithReasons_SummarisedWithTheQuestion_NoUserIdAnywhere()
    {
        _setup.Log.RecordMany([Asked("korea imports 2011", answerId: "A1"), Asked("what is gsomia", answerId: "A2")]);
        _setup.Feedback.Record("discord", "A1", "U-secret-1", helpful: false);
        _setup.Feedback.RecordReason("discord", "A1", "U-secret-1", FeedbackReasons.Outdated, "there is a 2024 figure");
        _setup.Feedback.Record("discord", "A1", "U-secret-2", helpful: false);
        _setup.Feedback.RecordReason("discord", "A1", "U-secret-2", FeedbackReasons.Outdated, null);
        _setup.Feedback.Record("discord", "A2", "U-secret-3", helpful: false);
        _setup.Feedback.RecordReason("discord", "A2", "U-secret-3", FeedbackReasons.NotNeutral, "<script>alert(1)</script>");
        _setup.Feedback.Record("slack", "A2", "U-secret-4", helpful: true);
        _setup.Feedback.Record("slack", "A9", "U-secret-5", helpful: false);

        var report = _setup.Reports.Build(30);

        var summary = report.Feedback;
        Assert.Equal((1, 4), (summary.Up, summary.Down));
        Assert.Equal(new Dictionary<string, int> { ["outdated"] = 2, ["not-neutral"] = 1 }, summary.Reasons);
        Assert.Equal(3, summary.Comments.Count);
        var comment = Assert.Single(summary.Comments, c => c.Text == "there is a 2024 figure");
        Assert.Equal(("outdated", "korea imports 2011"), (comment.Reason, comment.Question));
        var json = JsonSerializer.Serialize(report);
        Assert.DoesNotContain("U-secret", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_QuestionTextOff_NoTextShown_CountsPerIntentAndTopic()
    {
        using var setup = new ReportSetup(logQuestionText: false);
        // Written while text was still logged: the report must not show it once the operator has switched logging off.
        setup.Log.RecordMany([
            Asked("private question one", "decline", IntentNames.FreeForm),
            Asked("private question two", "decline", IntentNames.FreeForm),
            Asked("private question three", confidence: 0.3, topic: "faq:dokdo-takeshima"),
            Asked("private question four", hoursAgo: 3),
        ]);
        setup.Feedback.Record("discord", "A1", "U1", helpful: false);

        var report = setup.Reports.Build(30);

        Assert.Empty(report.Top);
        Assert.Equal(4, report.Questions);
        Assert.All(report.Gaps, g => Assert.Null(g.Example));
        Assert.All(report.Gaps, g => Assert.Empty(g.Closest));
        var declined = Assert.Single(report.Gaps, g => g.Outcome == "decline");
        Assert.Equal((2, IntentNames.FreeForm), (declined.Count, declined.Intent));
        var unsure = Assert.Single(report.Gaps, g => g.Outcome == "low-confidence");
        Assert.Equal((1, "faq:dokdo-takeshima"), (unsure.Count, unsure.Topic));
        Assert.DoesNotContain("private question", JsonSerializer.Serialize(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_GapWithText_ClosestAreUpToThreeDistinctKnowledgeEntries()
    {
        _setup.Log.Record(Asked("why did the intelligence pact gsomia end in 2019", "decline", IntentNames.FreeForm));

        var closest = Assert.Single(_setup.Reports.Build(30).Gaps).Closest;

        Assert.InRange(closest.Count, 1, 3);
        Assert.Equal(closest.Count, closest.Distinct().Count());
        Assert.All(closest, c => Assert.Matches("^(faq|event|series|term):", c));
        Assert.Contains(closest, c => c.Contains("gsomia", StringComparison.Ordinal));
    }

    [Fact]
    public void Recheck_KnowledgeGainsTheEntry_GapMarkedAnsweredByIt()
    {
        var full = KnowledgeFixture.Create();
        _setup.Knowledge.Current = new KnowledgeBase(full.Sources.Values, full.Timeline, full.Statistics,
            full.Faqs.Where(f => f.Id != "normalization-1965"), full.Glossary);
        _setup.Log.Record(Asked("what is the 1965 treaty", "decline", IntentNames.FreeForm));

        var before = Assert.Single(_setup.Reports.Recheck(30));
        Assert.Null(before.AnsweredBy);
        Assert.Equal(Now, before.RecheckedAt);

        _setup.Knowledge.Current = full;
        _setup.Time.Advance(TimeSpan.FromMinutes(5));
        var after = Assert.Single(_setup.Reports.Recheck(30));

        Assert.Equal("faq:normalization-1965", after.AnsweredBy);
        Assert.Equal(Now.AddMinutes(5), after.RecheckedAt);
        Assert.Equal(1, _setup.Log.Count());
    }

    [Fact]
    public void Recheck_VotedDownAnswerStillGivenByTheSameEntry_NotAnswered()
    {
        _setup.Log.Record(Asked("what is the 1965 treaty", confidence: 0.95, topic: "faq:normalization-1965", answerId: "A1"));
        _setup.Feedback.Record("slack", "A1", "U1", helpful: false);

        var gap = Assert.Single(_setup.Reports.Recheck(30));

        Assert.Equal("voted-down", gap.Outcome);
        Assert.Null(gap.AnsweredBy);
        Assert.NotNull(gap.RecheckedAt);
    }

    public void Dispose() => _setup.Dispose();
}
