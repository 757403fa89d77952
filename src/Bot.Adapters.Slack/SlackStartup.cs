using Bot.Adapters.Slack.Inbound;
using Bot.Adapters.Slack.Rendering;
using Bot.Core.Answers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Bot.Adapters.Slack.Handling;

namespace Bot.Adapters.Slack;

/// <summary>
/// Runs before the server accepts traffic (hosted services start first): learns the bot's user id from auth.test
/// and runs the signature and rendering code once, so the first event after a start is acknowledged as fast as the
/// rest. A Slack outage here is logged by the client and retried later; it holds the start up for at most
/// <see cref="IdentityWait"/>.
/// </summary>
public sealed class SlackStartup(SlackIdentity identity, IOptions<SlackOptions> options, TimeProvider time) : IHostedService
{
    /// <summary>Longest the start waits for auth.test; the call carries on (and its answer is kept) if it takes longer.</summary>
    public static readonly TimeSpan IdentityWait = TimeSpan.FromSeconds(5);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Mode == SlackMode.Off)
        {
            return;
        }

        SlackSignatureVerifier.Compute("warm-up", "0", "{}"u8);
        BlockKitRenderer.Render(new Answer { Outcome = Outcome.Answer, Intent = "warm-up", Title = "warm-up", Body = "**warm-up**" }, "warm-up");
        try
        {
            await identity.GetBotUserIdAsync(cancellationToken).AsTask().WaitAsync(IdentityWait, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Bot messages are still ignored by their bot_id; only our own id in mentions waits for auth.test.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
