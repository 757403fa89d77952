using Bot.Core.Abstractions;

namespace Bot.Core.Tests.Cluster;

public sealed class LeadershipExtensionsTests
{
    /// <summary>A lease the test hands out and takes back by hand.</summary>
    private sealed class ManualLeadership : ILeadership, IDisposable
    {
        private TaskCompletionSource<CancellationToken> _won = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private CancellationTokenSource? _term;

        public bool IsLeader => _term is not null;

        public Task<CancellationToken> WaitForLeadershipAsync(CancellationToken cancellationToken) =>
            _term is { } term ? Task.FromResult(term.Token) : _won.Task.WaitAsync(cancellationToken);

        public void Win()
        {
            _term = new CancellationTokenSource();
            var won = _won;
            _won = new(TaskCreationOptions.RunContinuationsAsynchronously);
            won.SetResult(_term.Token);
        }

        public void Lose()
        {
            using var term = _term!;
            _term = null;
            term.Cancel();
        }

        public void Dispose() => _term?.Dispose();
    }

    [Fact]
    public async Task RunWhileLeadingAsync_LeaseWonLostWon_WorkRunsOnlyInEachTermAndStopsWithTheHost()
    {
        using var leadership = new ManualLeadership();
        var terms = System.Threading.Channels.Channel.CreateUnbounded<string>();
        using var host = new CancellationTokenSource();
        var run = leadership.RunWhileLeadingAsync(async ct =>
        {
            await terms.Writer.WriteAsync("started", CancellationToken.None);
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            finally
            {
                await terms.Writer.WriteAsync("stopped", CancellationToken.None);
            }
        }, host.Token);

        var beforeWinning = terms.Reader.TryRead(out _);
        leadership.Win();
        var first = await terms.Reader.ReadAsync();
        leadership.Lose();
        var lost = await terms.Reader.ReadAsync();
        leadership.Win();
        var second = await terms.Reader.ReadAsync();
        await host.CancelAsync();
        var stopped = await terms.Reader.ReadAsync();
        await run;

        Assert.False(beforeWinning);
        Assert.Equal(["started", "stopped", "started", "stopped"], new[] { first, lost, second, stopped });
        Assert.True(run.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task RunWhileLeadingAsync_WorkEndsByItselfWhileLeading_NotStartedAgain()
    {
        var runs = 0;

        await SoleLeadership.Instance.RunWhileLeadingAsync(_ => { runs++; return Task.CompletedTask; }, CancellationToken.None);

        Assert.Equal(1, runs);
    }
}
