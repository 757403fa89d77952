using Bot.Core.Knowledge;
using Bot.Core.Routing.Index;
using Bot.Core.Text;

namespace Bot.Core.Tests.Routing.Index;

/// <summary>
/// The term sets the router now keeps per snapshot instead of cutting texts for every question: they must be the very
/// terms the texts give, and a text or section from elsewhere must still be cut on the spot.
/// </summary>
public sealed class SnapshotTermsTests
{
    private static readonly KnowledgeBase Kb = RepositoryKnowledge.Load();

    [Fact]
    public void AnswerTexts_SameTextTwice_SameTermsAsCuttingIt()
    {
        var index = new RoutingIndex(Kb);
        var text = Kb.Timeline[0].Title + " " + Kb.Timeline[0].Summary;

        var first = index.AnswerTexts.Of(text);
        var again = index.AnswerTexts.Of(new string(text.AsSpan()));

        Assert.Equal(PassageIndex.TermsOf(text).Order(StringComparer.Ordinal), first.Order(StringComparer.Ordinal));
        Assert.Same(first, again);
        Assert.Equal(PassageIndex.Sentences(text), index.AnswerTexts.SentencesOf(text));
    }

    [Fact]
    public void FaqTerms_EveryTopicAndSection_AsTermsCutsThem()
    {
        var terms = new FaqTerms(Kb);
        Assert.NotEmpty(Kb.Faqs);
        foreach (var f in Kb.Faqs)
        {
            Assert.Equal(Terms.SetOf(f.Title + " " + f.Summary + " " + string.Join(' ', f.Aliases)), terms.Topic(f));
            foreach (var s in f.Sections)
            {
                Assert.Equal(Terms.SetOf(s.Heading + " " + s.Body), terms.Section(s));
            }
        }

        Assert.Equal(Kb.Faqs.Sum(f => f.Questions.Count), terms.Phrasings.Count);
    }

    [Fact]
    public void FaqTerms_SectionNotInSnapshot_CutOnTheSpot()
    {
        var terms = new FaqTerms(Kb);
        var outside = new FaqSection("Fisheries", "The 1998 fisheries agreement set joint waters.");

        Assert.Equal(Terms.SetOf("Fisheries The 1998 fisheries agreement set joint waters."), terms.Section(outside));
    }
}
