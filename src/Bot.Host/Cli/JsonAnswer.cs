using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Host.Cli;

/// <summary>The one-line JSON shape of <c>ask --json</c> (a contract: scripts and evaluations read it).</summary>
public sealed record JsonAnswer(
    string Question,
    string Outcome,
    string Intent,
    string Title,
    string Text,
    IReadOnlyList<JsonSource> Sources,
    double Confidence,
    string? AsOf,
    double ElapsedMs,
    string Lang)
{
    public static JsonAnswer From(string question, Answer answer, double elapsedMs) => new(
        question,
        answer.Outcome.ToString().ToLowerInvariant(),
        answer.Intent,
        answer.Title,
        AnswerText.Render(answer),
        [.. answer.Sources.Select(s => new JsonSource(s.Id, s.Title, s.Publisher, s.Date?.ToString(), s.Url))],
        Math.Round(answer.Confidence, 3),
        answer.AsOf?.ToString(),
        Math.Round(elapsedMs, 3),
        answer.Lang.Code());

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Keep Korean, Japanese and quotes readable: this JSON goes to terminals and scripts, never into HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

public sealed record JsonSource(string Id, string Title, string Publisher, string? Date, string? Url);
