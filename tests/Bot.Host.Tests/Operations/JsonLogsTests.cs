using System.Text.Json;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Operations;

/// <summary>
/// <c>Logging__Format=json</c> (or <c>Logging__Console__FormatterName=json</c>) turns stderr into one JSON object per
/// line, with a timestamp, for log shippers; stdout stays for answers only.
/// </summary>
public sealed class JsonLogsTests
{
    [Theory]
    [InlineData("Logging__Format")]
    [InlineData("Logging__Console__FormatterName")]
    public async Task Serve_JsonFormat_EveryStderrLineIsOneJsonObjectWithTimestampLevelCategoryAndMessage(string setting)
    {
        using var temp = new TempFolder();
        await using var serve = await ServeProcess.StartAsync(temp, new Dictionary<string, string>
        {
            [setting] = "json",
            ["Logging__LogLevel__Default"] = "Information",
            ["Retrieval__UseEmbeddings"] = "false",
        });
        var (exitCode, stderr) = await serve.StopAsync();

        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(0, exitCode);
        Assert.NotEmpty(lines);
        var entries = lines.Select(line =>
        {
            try
            {
                return JsonDocument.Parse(line).RootElement.Clone();
            }
            catch (JsonException)
            {
                Assert.Fail($"not a JSON line: {line}");
                throw;
            }
        }).ToList();
        Assert.All(entries, e =>
        {
            Assert.Equal(JsonValueKind.Object, e.ValueKind);
            Assert.True(e.TryGetProperty("Timestamp", out _), e.ToString());
            Assert.True(e.TryGetProperty("LogLevel", out _), e.ToString());
            Assert.True(e.TryGetProperty("Category", out _), e.ToString());
            Assert.True(e.TryGetProperty("Message", out _), e.ToString());
        });
        Assert.Contains(entries, e => e.GetProperty("Message").GetString()!.StartsWith("Serving on", StringComparison.Ordinal));
    }
}
