using Bot.Adapters.Common.Charts;
using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Tests.Shared;

/// <summary>The adapters' chart port as the host fills it (linked from tests/Shared into both adapters' test projects), answering with <paramref name="render"/> (what tests record or return).</summary>
public sealed class FakeCharts(Func<ChartRequest, ChartBackground, byte[]?> render) : IChartRenderer
{
    public bool IsEnabled => true;

    public byte[]? Render(ChartRequest request, ChartBackground background, Lang lang = Lang.En) => render(request, background);
}
