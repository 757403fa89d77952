using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.Adapters.Slack.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace Bot.Adapters.Slack.Tests.Conformance;

/// <summary>
/// Every published Slack sample in ../shared/conformance/slack, played signed against the endpoints: each gets a 2xx without waiting
/// for any answer (Slack's posts are held until every sample has been acknowledged), nothing that is not meant for the bot is
/// answered, and what is — including the same mention delivered three times and an edit of an answered mention — is answered once.
/// </summary>
public sealed partial class SlackConformanceTests : SlackEndpointTests
{
    /// <summary>
    /// The samples meant for the bot, each with where its answer goes (channel and thread). Files in one group are one message
    /// (the same event in three bolt-python fixtures; slack-go #1256's original and its edit): one answer for the group.
    /// </summary>
    private static readonly (string[] Files, string Channel, string Thread)[] Answered =
    [
        (["boltpy-app_mention.json", "boltpy-app_mention-shared_channel.json", "boltpy-app_mention-bot_only.json"], "C111", "1595926230.009600"),
        (["docs-app_mention.json"], "C123ABC456", "1515449522.000016"),
        (["jsdk-app_mention-edited.json"], "C111", "1622877872.008800"),
        (["jsdk-app_mention-files.json"], "C111", "1707806347.397809"),
        (["jsdk-app_mention-socket_mode_payload.json"], "C111", "1605853844.000800"),
        (["slackgo-pr1256-app_mention-original.json", "slackgo-pr1256-app_mention-edited.json"], "C0SLACKGO", "1706785424.099119"),
        (["tpl-AppMentionPayload-human.json"], "C0TEMPLATE", "1700100153.002003"),
    ];

    [ConformanceFact]
    public async Task Events_EverySample_AcknowledgedWithoutWaitingAndAnsweredOnceWhenMeantForTheBot()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        SlackServer.Script("chat.postMessage", [.. Enumerable.Range(0, 50).Select(_ => (FakeReply)new FakeReply.Held(release.Task))]);
        var files = global::Bot.Tests.Shared.Conformance.Files("slack/events", "*.json");

        var refused = new List<string>();
        foreach (var file in files)
        {
            var response = await App.PostSignedAsync("/slack/events", await File.ReadAllBytesAsync(file), "application/json");
            if (!response.IsSuccessStatusCode)
            {
                refused.Add($"{Path.GetFileName(file)}: HTTP {(int)response.StatusCode}");
            }
        }

        // Every ack came back while the answers' posts were still held: none of them waited for an answer.
        var postedBeforeRelease = SlackServer.Calls("chat.postMessage").Count;
        release.SetResult();
        await App.PostEventAsync(SlackPayloads.Message("EvSentinel", "help", channel: "D9", channelType: "im", ts: "1764239000.000900"));
        await SlackServer.WaitForAsync("chat.postMessage", where: c => c.Str("channel") == "D9");

        Assert.True(files.Count > 100, $"only {files.Count} samples found");
        Assert.Empty(refused);
        Assert.True(postedBeforeRelease <= 1, $"{postedBeforeRelease} posts went out before the release: an ack waited for an answer?");
        var posts = SlackServer.Calls("chat.postMessage").Concat(SlackServer.Calls("chat.postEphemeral")).Where(c => c.Str("channel") != "D9").ToList();
        var wrong = Answered
            .Select(a => (a.Files, Count: posts.Count(p => p.Str("channel") == a.Channel && p.Str("thread_ts") == a.Thread)))
            .Where(a => a.Count != 1)
            .Select(a => $"{string.Join(" + ", a.Files)}: {a.Count} answers")
            .ToList();
        Assert.Empty(wrong);
        Assert.Equal(Answered.Length, posts.Count);
    }

    [ConformanceFact]
    public async Task UrlVerification_EverySample_EchoesTheChallenge()
    {
        foreach (var file in global::Bot.Tests.Shared.Conformance.Files("slack/other", "url_verification-*.json"))
        {
            var sample = JsonDocument.Parse(await File.ReadAllBytesAsync(file)).RootElement;

            var response = await App.PostSignedAsync("/slack/events", await File.ReadAllBytesAsync(file), "application/json");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(sample.GetProperty("challenge").GetString(), JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("challenge").GetString());
        }
    }

    [ConformanceFact]
    public async Task SlashCommands_EverySample_AsPublishedNotAnswered_AsJkRepliedToOnce()
    {
        var problems = new List<string>();
        foreach (var file in global::Bot.Tests.Shared.Conformance.Files("slack/other", "command-*.form"))
        {
            var published = QueryHelpers.ParseQuery(await File.ReadAllTextAsync(file)).ToDictionary(f => f.Key, f => f.Value.ToString());
            var name = Path.GetFileNameWithoutExtension(file);
            foreach (var asJk in published["command"] == "/jk" ? new[] { true } : [false, true])
            {
                var fields = new Dictionary<string, string>(published) { ["command"] = asJk ? "/jk" : published["command"] };
                var responseUrl = $"{name}-{(asJk ? "jk" : "published")}";
                if (fields.TryGetValue("response_url", out var url) && url.Length > 0)
                {
                    fields["response_url"] = SlackServer.ResponseUrl(responseUrl);
                }

                var response = await App.PostFormAsync("/slack/commands", fields);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    problems.Add($"{name} ({fields["command"]}): HTTP {(int)response.StatusCode}");
                    continue;
                }

                var ack = body.Length == 0 ? null : JsonNode.Parse(body)!.AsObject();
                var deferred = ack is not null && body.Contains("Working on it", StringComparison.Ordinal);
                if (deferred)
                {
                    await SlackServer.WaitForAsync("response_url", where: c => c.Path.EndsWith("/" + responseUrl, StringComparison.Ordinal));
                }

                var followUps = SlackServer.Calls("response_url").Count(c => c.Path.EndsWith("/" + responseUrl, StringComparison.Ordinal));
                var replies = (ack is not null && !deferred ? 1 : 0) + followUps;
                if (asJk && replies != 1)
                {
                    problems.Add($"{name} (/jk): {replies} replies");
                }

                if (!asJk && (followUps != 0 || !body.Contains("I only answer", StringComparison.Ordinal)))
                {
                    problems.Add($"{name} ({fields["command"]}): answered a command that is not ours");
                }
            }
        }

        Assert.Empty(problems);
    }

    [ConformanceFact]
    public async Task SslCheckAndInteractivity_EverySample_200AndOnlyOurOwnButtonActs()
    {
        var ssl = QueryHelpers.ParseQuery(await File.ReadAllTextAsync(Path.Combine(global::Bot.Tests.Shared.Conformance.Folder!, "slack/other/ssl_check-boltpy.form")))
            .ToDictionary(f => f.Key, f => f.Value.ToString());
        var sslResponse = await App.PostFormAsync("/slack/commands", ssl);

        var problems = new List<string>();
        foreach (var file in global::Bot.Tests.Shared.Conformance.Files("slack/other", "interactivity-*.json"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var payload = ResponseUrl().Replace(await File.ReadAllTextAsync(file), m => $"\"response_url\": \"{SlackServer.ResponseUrl(name)}\"");
            var response = await App.PostFormAsync("/slack/interactivity", new Dictionary<string, string> { ["payload"] = payload });
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{name}: HTTP {(int)response.StatusCode}");
            }
        }

        await App.PostEventAsync(SlackPayloads.Message("EvSentinel", "help", channel: "D9", channelType: "im", ts: "1764239000.000900"));
        await SlackServer.WaitForAsync("chat.postMessage", where: c => c.Str("channel") == "D9");

        Assert.Equal(HttpStatusCode.OK, sslResponse.StatusCode);
        Assert.Empty(problems);
        // Only the bot's own 👍 (jk_feedback_up) does anything: one private "thanks"; no answer is posted for any click.
        Assert.Equal(["interactivity-boltpy-block_actions-jk_feedback_up"], SlackServer.Calls("response_url").Select(c => c.Path.Split('/')[^1]));
        Assert.DoesNotContain(SlackServer.Calls("chat.postMessage"), c => c.Str("channel") != "D9");
    }

    [GeneratedRegex("\"response_url\"\\s*:\\s*\"https?://[^\"]+\"")]
    private static partial Regex ResponseUrl();
}
