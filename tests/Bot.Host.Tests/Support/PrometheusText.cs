using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Host.Tests.Support;

/// <summary>One sample line of a Prometheus text exposition: <c>name{label="value",…} number</c>.</summary>
public sealed record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

/// <summary>Parses what <c>GET /metrics</c> returns, enough to find a series by name and labels.</summary>
public static partial class PrometheusText
{
    public static IReadOnlyList<PrometheusSample> Parse(string text) =>
    [
        .. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(line => SampleLine().Match(line))
            .Where(m => m.Success)
            .Select(m => new PrometheusSample(
                m.Groups["name"].Value,
                LabelPair().Matches(m.Groups["labels"].Value).ToDictionary(l => l.Groups["key"].Value, l => l.Groups["value"].Value, StringComparer.Ordinal),
                double.Parse(m.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture))),
    ];

    /// <summary>The value of the one series called <paramref name="name"/> whose labels include all of <paramref name="labels"/> ("k=v"); 0 when there is none yet.</summary>
    public static double Value(this IReadOnlyList<PrometheusSample> samples, string name, params string[] labels)
    {
        var wanted = labels.Select(l => l.Split('=', 2)).ToList();
        var matching = samples.Where(s => s.Name == name && wanted.All(w => s.Labels.TryGetValue(w[0], out var v) && v == w[1])).ToList();
        Assert.True(matching.Count <= 1, $"{matching.Count} series {name} match {string.Join(",", labels)}");
        return matching.Count == 0 ? 0 : matching[0].Value;
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)")]
    private static partial Regex SampleLine();

    [GeneratedRegex("""(?<key>[a-zA-Z_][a-zA-Z0-9_]*)="(?<value>(?:[^"\\]|\\.)*)"?""")]
    private static partial Regex LabelPair();
}
