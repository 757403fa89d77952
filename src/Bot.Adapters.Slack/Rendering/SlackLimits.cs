namespace Bot.Adapters.Slack.Rendering;

/// <summary>Block Kit limits from Slack's reference (protocols.md section G). Lengths count characters after escaping.</summary>
public static class SlackLimits
{
    public const int Blocks = 50;
    public const int HeaderText = 150;
    public const int SectionText = 3000;
    public const int Fields = 10;
    public const int FieldText = 2000;
    public const int ContextElements = 10;
    public const int ContextText = 3000;
    public const int ActionElements = 25;
    public const int ButtonText = 75;
    public const int ActionId = 255;
    public const int ButtonValue = 2000;
    public const int ButtonUrl = 3000;
    public const int OptionText = 75;
    public const int OptionValue = 150;
    public const int Placeholder = 150;

    /// <summary>A modal's title, submit and close texts.</summary>
    public const int ModalTitle = 24;
    public const int PrivateMetadata = 3000;

    /// <summary>chat.postMessage truncates longer fallback text; it is what notifications and screen readers show.</summary>
    public const int FallbackText = 4000;
}
