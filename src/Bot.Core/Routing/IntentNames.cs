namespace Bot.Core.Routing;

/// <summary>The intent names that appear in answers, logs and metrics.</summary>
public static class IntentNames
{
    public const string Safety = "safety";
    public const string Help = "help";
    public const string FollowUp = "follow-up";
    public const string Statistic = "statistic";
    public const string Timeline = "timeline";
    public const string Glossary = "glossary";
    public const string Role = "role";
    public const string Passage = "passage";
    public const string Faq = "faq";
    public const string OutOfScope = "out-of-scope";
    public const string FreeForm = "free-form";
    public const string Empty = "empty";
    public const string RateLimited = "rate-limited";
    public const string TooLong = "too-long";
}
