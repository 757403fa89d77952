using Bot.Core.Digest;
using Bot.Infrastructure.Digest;

namespace Bot.Adapters.Discord.Tests.Support;

/// <summary>No news feeds: the digest without its headlines section.</summary>
public sealed class NoHeadlines : IHeadlineSource
{
    public Task<IReadOnlyList<Headline>> FetchAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<Headline>>([]);
}

/// <summary>The JSON of a message post as the fake server received it.</summary>
public static class PostedJson
{
    /// <summary>The <c>payload_json</c> part of a multipart body (a post with a file), or the body itself when it is plain JSON.</summary>
    public static string Of(string body)
    {
        var part = body.IndexOf("payload_json", StringComparison.Ordinal);
        if (part < 0)
        {
            return body;
        }

        var start = body.IndexOf("\r\n\r\n", part, StringComparison.Ordinal) + 4;
        return body[start..body.IndexOf("\r\n--", start, StringComparison.Ordinal)];
    }
}
