using Bot.Core.Abstractions;
using Bot.Core.Answers.Templates;
using Bot.Core.Conversations;
using Bot.Core.Feedback;
using Bot.Core.Knowledge;
using NSubstitute;

namespace Bot.Core.Tests.Feedback;

public sealed class ReasonPromptsTests
{
    private readonly IFeedbackStore _store = Substitute.For<IFeedbackStore>();
    private readonly ReasonPrompts _prompts;

    public ReasonPromptsTests() => _prompts = new ReasonPrompts(_store, new InMemoryDeliveryDeduplicator(TimeProvider.System));

    [Fact]
    public void ShouldAsk_OncePerUserPerAnswer()
    {
        Assert.True(_prompts.ShouldAsk("discord", "1", "U1"));
        Assert.False(_prompts.ShouldAsk("discord", "1", "U1"));
        Assert.True(_prompts.ShouldAsk("discord", "1", "U2"));
        Assert.True(_prompts.ShouldAsk("discord", "2", "U1"));
        Assert.True(_prompts.ShouldAsk("slack", "1", "U1"));
    }

    [Fact]
    public void Record_KnownReason_StoredWithoutText()
    {
        _store.RecordReason("slack", "A1", "U1", "wrong", null).Returns(true);

        Assert.Equal(ReasonOutcome.Recorded, _prompts.Record("slack", "A1", "U1", "wrong", "ignored for a fixed reason"));

        _store.Received(1).RecordReason("slack", "A1", "U1", "wrong", null);
    }

    [Fact]
    public void Record_Other_TextCleanedAndCutTo300()
    {
        _store.RecordReason(default!, default!, default!, default!, default).ReturnsForAnyArgs(true);
        var text = "\u0007line one\r\nline two " + new string('x', 400);

        Assert.Equal(ReasonOutcome.Recorded, _prompts.Record("discord", "9", "U1", FeedbackReasons.Other, text));

        var stored = (string?)_store.ReceivedCalls().Single().GetArguments()[4];
        Assert.NotNull(stored);
        Assert.Equal(FeedbackReasons.MaxTextLength, stored.Length);
        Assert.StartsWith("line one line two x", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(stored, char.IsControl);
    }

    [Theory]
    [InlineData("because")]
    [InlineData("WRONG")]
    [InlineData("")]
    [InlineData(null)]
    public void Record_UnknownReason_InvalidAndNothingStored(string? reason)
    {
        Assert.Equal(ReasonOutcome.Invalid, _prompts.Record("discord", "9", "U1", reason, null));

        _store.DidNotReceiveWithAnyArgs().RecordReason(default!, default!, default!, default!, default);
    }

    [Fact]
    public void Record_OversizedIds_Invalid()
    {
        Assert.Equal(ReasonOutcome.Invalid, _prompts.Record("discord", new string('1', 101), "U1", "wrong", null));
        Assert.Equal(ReasonOutcome.Invalid, _prompts.Record("discord", "1", null, "wrong", null));
        _store.DidNotReceiveWithAnyArgs().RecordReason(default!, default!, default!, default!, default);
    }

    [Fact]
    public void Record_VoteGone_SaidAndTheNextDownVoteAsksAgain()
    {
        Assert.True(_prompts.ShouldAsk("discord", "5", "U1"));
        _store.RecordReason("discord", "5", "U1", "outdated", null).Returns(false);

        Assert.Equal(ReasonOutcome.VoteGone, _prompts.Record("discord", "5", "U1", "outdated", null));

        Assert.True(_prompts.ShouldAsk("discord", "5", "U1"));
        Assert.False(_prompts.ShouldAsk("discord", "5", "U1"));
    }

    [Theory]
    [InlineData(Lang.En)]
    [InlineData(Lang.Ko)]
    [InlineData(Lang.Ja)]
    public void Templates_EveryReasonHasALabelAndTheModalTextsFitThePlatforms(Lang lang)
    {
        var t = AnswerTemplates.For(lang);

        Assert.Equal(FeedbackReasons.All.Count, t.ReasonLabels.Count);
        Assert.All(FeedbackReasons.All, r => Assert.NotEqual(r, t.ReasonLabel(r)));
        Assert.All(t.ReasonLabels, l => Assert.InRange(l.Length, 1, 75));
        Assert.InRange(t.ReasonTextTitle.Length, 1, 24);
        Assert.InRange(t.ReasonSend.Length, 1, 24);
        Assert.InRange(t.ReasonCancel.Length, 1, 24);
        Assert.InRange(t.ReasonClose.Length, 1, 24);
        Assert.InRange(t.ReasonTextLabel.Length, 1, 45);
        Assert.Contains("👎", t.ReasonVoteGone, StringComparison.Ordinal);
    }
}
