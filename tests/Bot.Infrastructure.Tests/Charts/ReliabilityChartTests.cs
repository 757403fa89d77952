using System.Buffers.Binary;
using System.Security.Cryptography;
using Bot.Infrastructure.Charts;

namespace Bot.Infrastructure.Tests.Charts;

public sealed class ReliabilityChartTests
{
    private static readonly ReliabilityBar[] Bands =
    [
        new("<0.5", 12, 0.5, 0.31),
        new("0.5–0.7", 0, null, null),
        new("0.7–0.8", 30, 0.8, 0.75),
        new("0.8–0.9", 41, 0.83, 0.86),
        new("0.9–0.95", 77, 0.9, 0.92),
        new("≥0.95", 800, 0.96, 0.98),
    ];

    [Fact]
    public void Render_SameInputTwice_SameBytes()
    {
        var first = ReliabilityChart.Render(Bands, 0.97, "1062 questions");
        var second = ReliabilityChart.Render(Bands, 0.97, "1062 questions");

        Assert.Equal(Convert.ToHexString(SHA256.HashData(first)), Convert.ToHexString(SHA256.HashData(second)));
    }

    [Fact]
    public void Render_Bands_PngOfTheStatisticsChartsSize()
    {
        var png = ReliabilityChart.Render(Bands, 0.97, "1062 questions");

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal(ChartRenderer.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(ChartRenderer.Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.True(png.Length > 10_000, "a chart with text and marks is more than a blank image");
    }

    [Fact]
    public void Render_DifferentAccuracy_DifferentImage()
    {
        var worse = Bands.Select(b => b with { Accuracy = b.Accuracy / 2 }).ToArray();

        Assert.NotEqual(ReliabilityChart.Render(Bands, 0.97, "n"), ReliabilityChart.Render(worse, 0.97, "n"));
    }

    [Fact]
    public void Render_AllBandsEmpty_StillDrawsAndNoBands_Refused()
    {
        var empty = Bands.Select(b => new ReliabilityBar(b.Label, 0, null, null)).ToArray();

        Assert.True(ReliabilityChart.Render(empty, 0.97, "no questions").Length > 1_000);
        Assert.Throws<ArgumentException>(() => ReliabilityChart.Render([], 0.97, "n"));
    }
}
