using System.Text.Json;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Cli;

/// <summary>
/// <c>ask --json --batch</c> with conversation lines (<c>{"conversation":"c1","question":"…"}</c>): lines sharing an id
/// keep follow-up context like a chat thread, plain lines stay independent, and a line that can't be read gets one
/// clear error line while the batch goes on. Every input line gets exactly one valid JSON line, in order.
/// </summary>
public sealed class AskBatchConversationTests
{
    private const string Imports2019 = "korea imports from japan 2019";
    private const string YearAfter = "and the year after that?";

    // The figures the knowledge base holds for South Korea's imports from Japan: a follow-up answered from the right
    // context names the second; one that lost it names neither.
    private const string Imports2019Figure = "47.58";
    private const string Imports2020Figure = "45.92";
    private const string Exports2019Figure = "28.41";

    /// <summary>The intent of the one line a batch writes for an input line it cannot read.</summary>
    private const string InvalidLine = "invalid-line";

    [Fact]
    public async Task FollowUpInTheSameConversation_AnsweredForTheYearAfter()
    {
        var answers = await AskAsync(Line("c1", Imports2019), Line("c1", YearAfter));

        AssertStatistic(answers[0], Imports2019Figure);
        AssertStatistic(answers[1], Imports2020Figure);
        Assert.Contains("2020", Text(answers[1]));
    }

    [Fact]
    public async Task TwoInterleavedConversations_EachFollowUpKeepsItsOwnSeries()
    {
        var answers = await AskAsync(
            Line("a", Imports2019),
            Line("b", "korea exports to japan 2018"),
            Line("a", YearAfter),
            Line("b", YearAfter));

        AssertStatistic(answers[2], Imports2020Figure);
        AssertStatistic(answers[3], Exports2019Figure);
        Assert.DoesNotContain(Imports2020Figure, Text(answers[3]));
        Assert.Contains("export", Text(answers[3]), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PlainLinesAndJsonLinesWithoutConversation_StayIndependent()
    {
        var answers = await AskAsync(
            Imports2019,
            YearAfter,
            """{"question":"korea imports from japan 2019"}""",
            """{"question":"and the year after that?"}""");

        AssertStatistic(answers[0], Imports2019Figure);
        AssertStatistic(answers[2], Imports2019Figure);
        foreach (var followUp in new[] { answers[1], answers[3] })
        {
            AssertClarify(followUp);
            Assert.DoesNotContain(Imports2020Figure, Text(followUp));
        }
    }

    [Fact]
    public async Task ConversationIdOf10000Characters_KeepsContext()
    {
        var id = new string('x', 9_990) + "-thread-01";

        var answers = await AskAsync(Line(id, Imports2019), Line(id, YearAfter));

        AssertStatistic(answers[1], Imports2020Figure);
    }

    [Fact]
    public async Task OnlyAnd_WithoutContext_Clarifies()
    {
        var answers = await AskAsync("and?", Line("fresh", "and?"));

        AssertClarify(answers[0]);
        AssertClarify(answers[1]);
    }

    // Found by this test: after a figure, a bare "and?" used to repeat the thread's last answer at confidence 0.98.
    [Fact]
    public async Task OnlyAnd_AfterAFigure_ClarifiesRatherThanRepeatingIt()
    {
        var answers = await AskAsync(Line("c1", Imports2019), Line("c1", "and?"));

        AssertClarify(answers[1]);
    }

    [Fact]
    public async Task FiftyQuestionsOnOneLine_AnsweredForTheFirstPartsInBoundedTime()
    {
        // Short questions so the line stays within the 1,000-character limit: all fifty reach the question splitter.
        string[] kinds = ["what is gsomia?", "what is dokdo?", "imports 2019?", "exports 2018?", "what is shuttle diplomacy?"];
        var fifty = string.Join(' ', Enumerable.Range(0, 50).Select(i => kinds[i % kinds.Length]));
        // Past the limit, fifty long questions are declined by name rather than cut and half-answered.
        var fiftyLong = string.Join(' ', Enumerable.Repeat("when was the 1965 treaty signed?", 50));

        var answers = await AskAsync(Imports2019, fifty, Line("c1", fifty), fiftyLong);

        foreach (var many in new[] { answers[1], answers[2] })
        {
            Assert.Equal("answer", Outcome(many));
            Assert.Contains("GSOMIA", Text(many));
            Assert.Contains("You asked 50 questions in one message; I answered the first 4", Text(many));
            // Not a speed check (a line takes tens of ms): generous for a loaded machine, it catches a hang or runaway parsing.
            Assert.InRange(many.GetProperty("elapsedMs").GetDouble(), 0, 15_000);
        }

        Assert.Equal("decline", Outcome(answers[3]));
        Assert.Equal("too-long", Intent(answers[3]));
    }

    [Fact]
    public async Task ByteOrderMarkBeforeAJsonLine_StillReadAsAConversationLine()
    {
        // Editors and PowerShell write UTF-8 files with a byte order mark; the first line must still join its thread.
        var answers = await AskAsync("\uFEFF" + Line("c1", Imports2019), Line("c1", YearAfter));

        Assert.Equal(Imports2019, answers[0].GetProperty("question").GetString());
        AssertStatistic(answers[1], Imports2020Figure);
    }

    [Fact]
    public async Task LinesThatCannotBeRead_OneErrorLineEachNamingTheProblem_AndTheThreadGoesOn()
    {
        (string Line, string Problem)[] bad =
        [
            ("""{"conversation":"c1","question":""", "not valid JSON"),
            ("""{"conversation":"c1"}""", "\"question\""),
            ("""{"conversation":"c1","question":42}""", "\"question\""),
            ("""{"conversation":7,"question":"and the year after that?"}""", "\"conversation\""),
            ("""{"conversation":["c1"],"question":"and the year after that?"}""", "\"conversation\""),
            ("""{"conversation":true,"question":"and the year after that?"}""", "\"conversation\""),
        ];

        var answers = await AskAsync([Line("c1", Imports2019), .. bad.Select(b => b.Line), Line("c1", YearAfter)]);

        for (var i = 0; i < bad.Length; i++)
        {
            var error = answers[i + 1];
            Assert.Equal("clarify", Outcome(error));
            Assert.Equal(InvalidLine, Intent(error));
            Assert.Contains($"Line {i + 2}:", Text(error));
            Assert.Contains(bad[i].Problem, Text(error));
        }

        // The batch went on, and the bad lines neither broke nor joined thread c1.
        AssertStatistic(answers[^1], Imports2020Figure);
    }

    /// <summary>A JSON batch line with a conversation id.</summary>
    private static string Line(string conversation, string question) =>
        JsonSerializer.Serialize(new { conversation, question });

    /// <summary>
    /// Runs one batch and checks what every batch must do, whatever its lines: exit 0, exactly one answer per input
    /// line, each a valid answer object of the JSON contract, echoing its line's question, in input order.
    /// </summary>
    private static async Task<IReadOnlyList<JsonElement>> AskAsync(params string[] lines)
    {
        using var temp = new TempFolder();
        var run = await HostProcess.RunWithLinesAsync(temp, ["ask", "--json", "--batch"], lines, HostProcess.WithoutEmbeddings);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(lines.Length, run.StdoutLines.Count);
        var answers = new List<JsonElement>();
        for (var i = 0; i < lines.Length; i++)
        {
            using var doc = JsonDocument.Parse(run.StdoutLines[i]);
            var answer = JsonContract.AssertAnswerShape(doc.RootElement).Clone();
            // An error line echoes the line it could not read; an answer echoes the question it answered.
            Assert.Equal(Intent(answer) == InvalidLine ? lines[i] : QuestionOf(lines[i]), answer.GetProperty("question").GetString());
            answers.Add(answer);
        }

        return answers;
    }

    /// <summary>The question a line asks: a JSON line's "question", else the line itself.</summary>
    private static string QuestionOf(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line.TrimStart('\uFEFF'));
            return doc.RootElement.TryGetProperty("question", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString()! : line;
        }
        catch (JsonException)
        {
            return line;
        }
    }

    private static void AssertStatistic(JsonElement answer, string figure)
    {
        Assert.Equal("answer", Outcome(answer));
        Assert.Equal("statistic", Intent(answer));
        Assert.Contains(figure, Text(answer));
    }

    /// <summary>A clarify, not a confident answer with some figure picked from nowhere.</summary>
    private static void AssertClarify(JsonElement answer)
    {
        Assert.Equal("clarify", Outcome(answer));
        Assert.DoesNotContain(" bn", Text(answer));
    }

    private static string Outcome(JsonElement answer) => answer.GetProperty("outcome").GetString()!;

    private static string Intent(JsonElement answer) => answer.GetProperty("intent").GetString()!;

    private static string Text(JsonElement answer) => answer.GetProperty("text").GetString()!;
}
