using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Host.Evaluation;

/// <summary>One line of an evaluation file: a question and what a correct answer must (not) contain.</summary>
public sealed record EvalCase
{
    [JsonPropertyName("question")]
    public string Question { get; init; } = "";

    /// <summary>answer | decline | clarify.</summary>
    [JsonPropertyName("expect")]
    public string Expect { get; init; } = "answer";

    /// <summary>Every group must match; a group matches when any of its alternatives occurs (case-insensitive).</summary>
    [JsonPropertyName("must_include")]
    public IReadOnlyList<IReadOnlyList<string>> MustInclude { get; init; } = [];

    [JsonPropertyName("must_not_include")]
    public IReadOnlyList<string> MustNotInclude { get; init; } = [];

    [JsonPropertyName("category")]
    public string Category { get; init; } = "uncategorised";

    /// <summary>Lines with the same id are asked in order in one thread, so follow-ups see the earlier answers.</summary>
    [JsonPropertyName("conversation")]
    public string? Conversation { get; init; }

    /// <summary>Parses a JSONL file; a bad line is reported with its line number rather than skipped silently.</summary>
    public static IReadOnlyList<EvalCase> ReadAll(string path)
    {
        var cases = new List<EvalCase>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                cases.Add(JsonSerializer.Deserialize<EvalCase>(line) ?? throw new JsonException("null"));
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{path}:{lineNumber}: not a valid evaluation case ({ex.Message})", ex);
            }
        }

        return cases;
    }
}
