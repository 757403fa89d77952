using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Bot.Core.Digest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Digest;

/// <summary>Where the digest's headlines come from.</summary>
public interface IHeadlineSource
{
    /// <summary>Recent items from every configured feed; a feed that fails is left out, never the digest.</summary>
    Task<IReadOnlyList<Headline>> FetchAsync(CancellationToken ct);
}

/// <summary>
/// Reads RSS 2.0, RSS 1.0 and Atom feeds with a timeout and a size cap. Anything odd (timeout, HTTP error, huge body,
/// not XML, DTDs) skips that feed with a warning: headlines are a garnish and must never stop a digest.
/// </summary>
public sealed partial class FeedReader(HttpClient http, IOptions<DigestOptions> options, TimeProvider time, ILogger<FeedReader> logger) : IHeadlineSource
{
    private const int MaxPerFeed = 10;
    private const int MaxTitleLength = 200;
    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(2);

    public async Task<IReadOnlyList<Headline>> FetchAsync(CancellationToken ct)
    {
        var feeds = options.Value.Feeds;
        if (feeds.Count == 0)
        {
            return [];
        }

        var results = await Task.WhenAll(feeds.Select(f => FetchOneAsync(f, ct)));
        var now = time.GetUtcNow();
        return [.. results.SelectMany(r => r)
            .Where(h => h.Published is null || now - h.Published <= MaxAge)
            .DistinctBy(h => h.Title, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(h => h.Published ?? DateTimeOffset.MinValue)];
    }

    internal async Task<IReadOnlyList<Headline>> FetchOneAsync(string url, CancellationToken ct)
    {
        var settings = options.Value;
        // The timeout runs on the injected clock, so tests can expire it without waiting.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(settings.FeedTimeoutSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            var body = await DownloadAsync(url, settings.FeedMaxBytes, linked.Token);
            if (body is null)
            {
                logger.LogWarning("Feed {Url} skipped: larger than Digest:FeedMaxBytes ({Max} bytes)", url, settings.FeedMaxBytes);
                return [];
            }

            return Parse(body, new Uri(url).Host);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning("Feed {Url} skipped: no answer within Digest:FeedTimeoutSeconds ({Seconds} s)", url, settings.FeedTimeoutSeconds);
        }
        catch (Exception ex) when (ex is HttpRequestException or XmlException or IOException or InvalidOperationException or FormatException)
        {
            logger.LogWarning("Feed {Url} skipped: {Error}", url, ex.Message);
        }

        return [];
    }

    private async Task<byte[]?> DownloadAsync(string url, int maxBytes, CancellationToken ct)
    {
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return null;
        }

        // The declared length can lie or be missing (chunked): count what actually arrives.
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    internal static IReadOnlyList<Headline> Parse(byte[] body, string fallbackName)
    {
        var settings = new XmlReaderSettings
        {
            // No DTDs, no external entities: a feed is untrusted input.
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
        };
        using var reader = XmlReader.Create(new MemoryStream(body), settings);
        var root = XDocument.Load(reader).Root ?? throw new XmlException("empty document");
        var feedName = Clean(Child(root.Name.LocalName == "feed" ? root : root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root, "title"))
            is { Length: > 0 } name ? name : fallbackName;
        var items = root.Descendants().Where(e => e.Name.LocalName is "item" or "entry").Take(MaxPerFeed);
        var headlines = new List<Headline>();
        foreach (var item in items)
        {
            var title = Clean(Child(item, "title"));
            if (title.Length == 0)
            {
                continue;
            }

            headlines.Add(new Headline(title, Link(item), feedName, Date(item)));
        }

        return headlines;
    }

    private static string? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;

    private static string? Link(XElement item)
    {
        var links = item.Elements().Where(e => e.Name.LocalName == "link").ToList();
        // Atom: <link rel="alternate" href="…"/>; RSS: <link>…</link>.
        var atom = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate" && l.Attribute("href") is not null);
        var text = (string?)atom?.Attribute("href") ?? links.FirstOrDefault()?.Value.Trim();
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;
    }

    private static DateTimeOffset? Date(XElement item)
    {
        foreach (var name in new[] { "pubDate", "published", "updated", "date" })
        {
            var text = Child(item, name)?.Trim();
            if (text is null)
            {
                continue;
            }

            // RFC 822 zones ("GMT", "+0900") and ISO 8601 both parse; named zones other than GMT/UT do not, and are left undated.
            if (DateTimeOffset.TryParse(text.Replace(" UT", " GMT", StringComparison.Ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>One line of plain text: tags and runs of whitespace removed, mass mentions defused, length capped.</summary>
    internal static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var plain = Whitespace().Replace(Tags().Replace(text, " "), " ").Trim();
        plain = plain.Replace("@everyone", "@\u200beveryone", StringComparison.OrdinalIgnoreCase)
            .Replace("@here", "@\u200bhere", StringComparison.OrdinalIgnoreCase);
        return plain.Length <= MaxTitleLength ? plain : plain[..(MaxTitleLength - 1)].TrimEnd() + "…";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
