using System.Text.Json;
using Bot.Adapters.Discord.Tests.Support;

namespace Bot.Adapters.Discord.Tests.Conformance;

/// <summary>
/// Every published Discord interaction in ../shared/conformance/discord (Discord's docs, discord-interactions-js, a bot author's
/// logged requests), signed and posted to the endpoint: each gets a 2xx with exactly one response, and the questions meant for the
/// bot (/ask in a guild and in DMs) get exactly one answer — in the response, or deferred and edited in once.
/// </summary>
public sealed class DiscordConformanceTests : IAsyncLifetime
{
    private static readonly HashSet<string> Questions = new(StringComparer.Ordinal)
    {
        "docs-slash_command-ask.json", "docs-dm-ask.json", "fischl-guild-ask.json", "fischl-dm-ask.json",
    };

    private readonly EndpointFixture _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [ConformanceFact]
    public async Task EverySample_OneResponse_AndOneAnswerToEachQuestion()
    {
        var files = global::Bot.Tests.Shared.Conformance.Files("discord", "*.json");
        var problems = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var sample = JsonDocument.Parse(await File.ReadAllBytesAsync(file)).RootElement;
            using var response = await _app.Client.PostAsync(await File.ReadAllBytesAsync(file));
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                problems.Add($"{name}: HTTP {(int)response.StatusCode} {text}");
                continue;
            }

            var reply = JsonDocument.Parse(text).RootElement;
            var type = reply.GetProperty("type").GetInt32();
            var answered = type == 4 && reply.GetProperty("data").TryGetProperty("embeds", out _);
            if (type == 5)
            {
                var token = sample.GetProperty("token").GetString()!;
                var edit = await _app.Rest.WaitForAsync(r => r.Method == "PATCH" && r.Path.Contains(token, StringComparison.Ordinal));
                answered = edit.Body.Contains("\"embeds\"", StringComparison.Ordinal);
            }

            var expected = sample.GetProperty("type").GetInt32() switch
            {
                1 => "pong",
                4 => "choices",
                _ => Questions.Contains(name) ? "answer" : "notice",
            };
            var got = type switch
            {
                1 => "pong",
                8 => "choices",
                _ when answered => "answer",
                4 => "notice",
                _ => $"type {type}",
            };
            if (got != expected)
            {
                problems.Add($"{name}: expected {expected}, got {got}");
            }
        }

        Assert.True(files.Count >= 16, $"only {files.Count} samples found");
        Assert.Empty(problems);
        // One response per interaction: nothing was answered twice through a follow-up message.
        Assert.Equal(0, _app.Rest.Count("POST", "/api/v10/webhooks/"));
    }
}
