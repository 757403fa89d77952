using Bot.Adapters.Common.Charts;
using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Bot.Infrastructure.Charts;

namespace Bot.Host.Composition;

/// <summary>The adapters' chart port over Infrastructure's chart cache: Discord's dark theme, Slack's light one.</summary>
public sealed class CachedChartRenderer(ChartCache cache) : IChartRenderer
{
    public bool IsEnabled => true;

    public byte[]? Render(ChartRequest request, ChartBackground background, Lang lang = Lang.En) =>
        cache.Render(request, background == ChartBackground.Dark ? ChartTheme.Dark : ChartTheme.Light, lang);
}
