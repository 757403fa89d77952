namespace Bot.Adapters.Slack.Rendering;

/// <summary>The action_id of each button we render; interactivity payloads are matched on them.</summary>
public static class ActionIds
{
    public const string Helpful = "jk_feedback_up";
    public const string NotHelpful = "jk_feedback_down";
    public const string Share = "jk_share";
    public const string BlockId = "jk_actions";

    /// <summary>The "why?" static_select after a 👎; its block_id is <c>jk_why:{lang}:{answer}</c>.</summary>
    public const string Reason = "jk_feedback_reason";
    public const string ReasonBlockPrefix = "jk_why:";

    /// <summary>The "other" modal: its callback_id, and the block and action ids of its text input.</summary>
    public const string ReasonModal = "jk_why_text";
    public const string ReasonTextBlock = "jk_why_text";
    public const string ReasonTextAction = "text";
}
