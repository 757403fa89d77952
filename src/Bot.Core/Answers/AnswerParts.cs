using Bot.Core.Knowledge;

namespace Bot.Core.Answers;

/// <summary>Sentences many answers share, written once.</summary>
public static class AnswerParts
{
    public static string AsOfLine(KnowledgeBase kb) => $"My knowledge base is current to {kb.AsOf.ToDisplay()}.";

    public static string EndsBefore(KnowledgeBase kb, string what) =>
        $"My knowledge ends on {kb.AsOf.ToDisplay()}, so I can't tell you about {what}. I'd rather say that than guess.";

    public static string Coverage =>
        "I answer questions about Japan–South Korea relations: trade, investment, visitors and opinion-poll figures; " +
        "a timeline of events from 1876 to today; and the big issues (Dokdo/Takeshima, comfort women, forced labour, " +
        "the 1965 treaty, export controls, GSOMIA, and more), with sources.";

    /// <summary>"(weak source)", "(derived)", "(sources differ)": said next to a figure so nobody mistakes its strength.</summary>
    public static string FlagNote(Flag flag) => flag switch
    {
        Flag.W => " (weak source)",
        Flag.D => " (derived by arithmetic)",
        Flag.C => " (sources differ)",
        _ => "",
    };

    public static IReadOnlyList<string> ExampleQuestions { get; } =
    [
        "Korea's imports from Japan in 2011?",
        "When was the 1965 treaty signed?",
        "What is GSOMIA?",
        "Why do they argue about Dokdo/Takeshima?",
        "What happened in 2019?",
    ];

    /// <summary>A decline that says what the bot covers.</summary>
    public static Answer Decline(string intent, string title, string reason, KnowledgeBase kb, double confidence = 1.0) => new()
    {
        Outcome = Outcome.Decline,
        Intent = intent,
        Title = title,
        Body = $"{reason}\n\n{Coverage}",
        Suggestions = ExampleQuestions.Take(3).ToList(),
        Confidence = confidence,
        AsOf = kb.AsOf,
    };
}
