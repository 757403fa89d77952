using System.Text.Json;

namespace Bot.Host.Tests.Support;

/// <summary>The <c>ask --json</c> line contract (issue 2): field names, kinds and allowed values.</summary>
public static class JsonContract
{
    public static readonly string[] Outcomes = ["answer", "decline", "clarify"];

    /// <summary>Asserts one answer object has every contract field with the right JSON kind; returns it for further checks.</summary>
    public static JsonElement AssertAnswerShape(JsonElement answer)
    {
        Assert.Equal(JsonValueKind.Object, answer.ValueKind);
        Assert.Equal(JsonValueKind.String, answer.GetProperty("question").ValueKind);
        Assert.Contains(answer.GetProperty("outcome").GetString(), Outcomes);
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("intent").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("text").GetString()));
        Assert.Equal(JsonValueKind.Array, answer.GetProperty("sources").ValueKind);
        foreach (var source in answer.GetProperty("sources").EnumerateArray())
        {
            Assert.False(string.IsNullOrWhiteSpace(source.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(source.GetProperty("title").GetString()));
            Assert.Equal(JsonValueKind.String, source.GetProperty("publisher").ValueKind);
            AssertStringOrNull(source.GetProperty("date"));
            AssertStringOrNull(source.GetProperty("url"));
        }

        var confidence = answer.GetProperty("confidence").GetDouble();
        Assert.InRange(confidence, 0.0, 1.0);
        Assert.True(answer.GetProperty("elapsedMs").GetDouble() >= 0);
        Assert.Contains(answer.GetProperty("lang").GetString(), new[] { "en", "ko", "ja" });
        return answer;
    }

    private static void AssertStringOrNull(JsonElement value) =>
        Assert.Contains(value.ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
}
