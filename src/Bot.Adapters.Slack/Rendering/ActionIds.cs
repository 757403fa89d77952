namespace Bot.Adapters.Slack.Rendering;

/// <summary>The action_id of each button we render; interactivity payloads are matched on them.</summary>
public static class ActionIds
{
    public const string Helpful = "jk_feedback_up";
    public const string NotHelpful = "jk_feedback_down";
    public const string Share = "jk_share";
    public const string BlockId = "jk_actions";
}
