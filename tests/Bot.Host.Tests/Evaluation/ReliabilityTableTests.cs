using System.Globalization;
using Bot.Host.Evaluation;

namespace Bot.Host.Tests.Evaluation;

public sealed class ReliabilityTableTests
{
    private static GradedReply Reply(double confidence, bool correct = true, bool isAnswer = true) => new(confidence, correct, isAnswer);

    [Theory]
    [InlineData(0.0, "<0.5")]
    [InlineData(0.499, "<0.5")]
    [InlineData(0.5, "0.5–0.7")]
    [InlineData(0.699, "0.5–0.7")]
    [InlineData(0.7, "0.7–0.8")]
    [InlineData(0.8, "0.8–0.9")]
    [InlineData(0.9, "0.9–0.95")]
    [InlineData(0.949, "0.9–0.95")]
    [InlineData(0.95, "≥0.95")]
    [InlineData(1.0, "≥0.95")]
    public void From_OneReply_LandsInTheBandThatIncludesItsLowerEdge(double confidence, string band)
    {
        var table = ReliabilityTable.From([Reply(confidence)]);

        Assert.Equal(band, Assert.Single(table.Bins, b => b.Count == 1).Label);
    }

    [Fact]
    public void From_Replies_CountsCorrectAndAccuracyPerBand()
    {
        var table = ReliabilityTable.From([Reply(0.96), Reply(0.97, correct: false), Reply(0.99), Reply(0.98), Reply(0.3, correct: false)]);

        var top = table.Bins[^1];
        Assert.Equal((4, 3), (top.Count, top.Correct));
        Assert.Equal(0.75, top.Accuracy);
        Assert.Equal(0.975, top.MeanConfidence!.Value, 6);
        Assert.Equal(0.0, table.Bins[0].Accuracy);
        Assert.Equal(5, table.Bins.Sum(b => b.Count));
    }

    [Fact]
    public void From_EmptyBand_HasNoAccuracyRatherThanZero()
    {
        var table = ReliabilityTable.From([Reply(1.0)]);

        var empty = table.Bins[0];
        Assert.Equal(0, empty.Count);
        Assert.Null(empty.Accuracy);
        Assert.Contains(table.Lines(), l => l.StartsWith("<0.5", StringComparison.Ordinal) && l.Contains('–'));
    }

    [Fact]
    public void HighConfidence_AllOutcomesAtOrAbove09_AndAnswersOnlySeparately()
    {
        var table = ReliabilityTable.From(
        [
            Reply(0.9),
            Reply(1.0, correct: false, isAnswer: false), // a confident decline that should have been an answer
            Reply(0.95, isAnswer: false),
            Reply(0.89),
        ]);

        Assert.Equal((3, 2), (table.HighConfidence.Count, table.HighConfidence.Correct));
        Assert.Equal((1, 1), (table.HighConfidenceAnswers.Count, table.HighConfidenceAnswers.Correct));
        Assert.Equal(1.0, table.HighConfidenceAnswers.Accuracy);
    }

    [Fact]
    public void ToCsv_EveryBandAndBothSummaries_InvariantCultureWhateverTheMachine()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var csv = ReliabilityTable.From([Reply(0.93), Reply(0.91, correct: false), Reply(0.6)]).ToCsv();

            var lines = csv.TrimEnd('\n').Split('\n');
            Assert.Equal("confidence,from,to,count,correct,accuracy,mean_confidence", lines[0]);
            Assert.Equal(1 + 6 + 2, lines.Length);
            Assert.Contains("0.5–0.7,0.5,0.7,1,1,1.0000,0.6000", lines);
            Assert.Contains("0.9–0.95,0.9,0.95,2,1,0.5000,0.9200", lines);
            Assert.Contains("<0.5,0,0.5,0,0,,", lines);
            Assert.Contains("≥0.95,0.95,,0,0,,", lines);
            Assert.Contains("≥0.9,0.9,,2,1,0.5000,0.9200", lines);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
