using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Charts;

/// <summary>
/// Rendered charts of the current knowledge snapshot, by series, range and theme. Drawing a PNG costs far more CPU than
/// answering the question it belongs to, and the renderer is deterministic, so a repeat ("imports 2011" asked again) is
/// served the same bytes. A new snapshot (hot reload) empties the cache, so an edited figure is never drawn from old data.
/// </summary>
public sealed class ChartCache(IKnowledgeProvider knowledge)
{
    /// <summary>Far more than the distinct charts a server asks for in a day; a full cache simply starts over.</summary>
    public const int Capacity = 256;

    private readonly Lock _gate = new();
    private readonly Dictionary<(string SeriesId, int? From, int? To, ChartTheme Theme, Lang Lang), byte[]> _charts = [];
    private KnowledgeBase? _snapshot;

    /// <summary>The PNG for <paramref name="request"/>; callers must not modify the array (it is shared).</summary>
    public byte[] Render(ChartRequest request, ChartTheme theme, Lang lang = Lang.En)
    {
        var kb = knowledge.Current;
        var key = (request.SeriesId, request.FromYear, request.ToYear, theme, lang);
        lock (_gate)
        {
            if (!ReferenceEquals(_snapshot, kb))
            {
                _charts.Clear();
                _snapshot = kb;
            }

            if (_charts.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        // Drawn outside the lock: two first requests for the same chart may both draw it, and get the same bytes.
        var png = ChartRenderer.Render(kb, request, theme, lang);
        lock (_gate)
        {
            if (ReferenceEquals(_snapshot, kb))
            {
                if (_charts.Count >= Capacity)
                {
                    _charts.Clear();
                }

                _charts[key] = png;
            }
        }

        return png;
    }
}
