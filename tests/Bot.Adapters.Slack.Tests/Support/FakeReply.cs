namespace Bot.Adapters.Slack.Tests.Support;

/// <summary>How the fake Slack server answers one request to a method.</summary>
public abstract record FakeReply
{
    /// <summary>HTTP 200 {"ok":true, …} (the method's usual fields).</summary>
    public sealed record Ok : FakeReply;

    /// <summary>HTTP 200 {"ok":false,"error":code}.</summary>
    public sealed record OkFalse(string Error, string? Needed = null) : FakeReply;

    /// <summary>HTTP 429 with Retry-After in seconds.</summary>
    public sealed record RateLimited(int RetryAfterSeconds) : FakeReply;

    /// <summary>Any other HTTP status with an empty body (500, 503, 403…).</summary>
    public sealed record Status(int Code) : FakeReply;

    /// <summary>Never answers; the request stays open until the client gives up.</summary>
    public sealed record Hang : FakeReply;

    /// <summary>Answers like <see cref="Ok"/>, but only once <paramref name="Release"/> completes (an answer in flight at a chosen moment).</summary>
    public sealed record Held(Task Release) : FakeReply;
}
