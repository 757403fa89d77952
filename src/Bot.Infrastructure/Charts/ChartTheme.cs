namespace Bot.Infrastructure.Charts;

/// <summary>Which client theme a chart is drawn for. Both have opaque backgrounds, so either stays readable anywhere.</summary>
public enum ChartTheme
{
    Dark,
    Light,
}

/// <summary>The colours of one theme, chosen for contrast on their own background (text ≥ 7:1, marks ≥ 3:1).</summary>
internal sealed record ChartPalette(string Background, string Grid, string Text, string Muted, string Accent, string Negative)
{
    // Dark follows Discord's embed grey; light follows Slack's white. Accents are blues that colour-blind readers
    // tell apart from the red used for negative bars (a trade deficit).
    public static ChartPalette Dark { get; } = new("#2B2D31", "#3F4248", "#F2F3F5", "#B5BAC1", "#6EA8FE", "#FF8A80");

    public static ChartPalette Light { get; } = new("#FFFFFF", "#E4E6EA", "#1F2328", "#57606A", "#1F6FEB", "#CF222E");

    public static ChartPalette For(ChartTheme theme) => theme == ChartTheme.Light ? Light : Dark;
}
