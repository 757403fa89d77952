namespace Bot.Adapters.Discord.Inbound.Gateway;

/// <summary>What a Resume needs: the session id and resume URL from READY, and the last sequence number seen.</summary>
internal sealed class GatewaySession
{
    private long _sequence = -1;

    public string? SessionId { get; private set; }

    public string? ResumeUrl { get; private set; }

    /// <summary>The last non-null <c>s</c>, or null before the first dispatch (sent as the heartbeat's <c>d</c>).</summary>
    public long? Sequence => Interlocked.Read(ref _sequence) is var s && s >= 0 ? s : null;

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Ready(string sessionId, string resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    public void Saw(long sequence) => Interlocked.Exchange(ref _sequence, sequence);

    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        Interlocked.Exchange(ref _sequence, -1);
    }
}
