using Bot.Adapters.Slack.Http;
using Bot.Adapters.Slack.Rendering;
using Bot.Core.Answers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Handling;

/// <summary>
/// Runs before the server accepts traffic (hosted services start first): learns the bot's user id from auth.test
/// and runs the signature and rendering code once, so the first event after a start is acknowledged as fast as the
/// rest. A Slack outage here is logged by the client and retried later; it never blocks the start.
/// </summary>
public sealed class SlackStartup(SlackIdentity identity, IOptions<SlackOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Mode == SlackMode.Off)
        {
            return;
        }

        SlackSignatureVerifier.Compute("warm-up", "0", "{}"u8);
        BlockKitRenderer.Render(new Answer { Outcome = Outcome.Answer, Intent = "warm-up", Title = "warm-up", Body = "**warm-up**" }, "warm-up");
        await identity.GetBotUserIdAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
