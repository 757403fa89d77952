using System.Globalization;
using System.Net;
using System.Text;

namespace Bot.Host.Admin;

/// <summary>
/// The admin pages' HTML: one layout, escaping of every piece of text that did not come from this file, and the small helpers the
/// pages share. No script anywhere (the Content-Security-Policy forbids it); forms post with an anti-forgery field.
/// </summary>
public static class AdminHtml
{
    public static readonly (string Path, string Title)[] Sections =
    [
        ("/admin", "Overview"),
        ("/admin/gaps", "Gaps"),
        ("/admin/feedback", "Feedback"),
        ("/admin/knowledge", "Knowledge"),
        ("/admin/digests", "Digests"),
        ("/admin/platforms", "Platforms"),
    ];

    /// <summary>Text as HTML: &lt; &gt; &amp; and both quotes escaped, so user text can never become markup or leave an attribute.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A question as text, cut at <paramref name="max"/> characters (a 1,000-character one would swamp a table); the whole of it on hover.</summary>
    public static string Quote(string? text, int max = 240)
    {
        if (text is null || text.Length <= max)
        {
            return E(text);
        }

        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return $"<span title=\"{E(text)}\">{E(text[..cut])}…</span>";
    }

    public static string N(double value, string format = "#,0") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? time) =>
        time is { } t ? $"<time datetime=\"{t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}\">{t.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC</time>" : "—";

    /// <summary>A whole page: <paramref name="body"/> is HTML this code built (its text already escaped).</summary>
    public static string Page(string title, string? current, string body, AntiforgeryField? signOut)
    {
        var html = new StringBuilder(4096);
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">")
            // An empty icon: otherwise the browser asks for /favicon.ico and logs the 404 as a console error.
            .Append("<link rel=\"icon\" href=\"data:,\">")
            .Append("<link rel=\"stylesheet\" href=\"").Append(AdminEndpoints.StylesheetPath).Append("\">")
            .Append("<title>").Append(E(title)).Append(" · JK bot admin</title></head><body>");
        html.Append("<header><span class=\"brand\">JK bot admin</span>");
        if (current is not null)
        {
            html.Append("<nav aria-label=\"Admin sections\"><ul>");
            foreach (var (path, name) in Sections)
            {
                html.Append("<li><a href=\"").Append(path).Append('"').Append(path == current ? " aria-current=\"page\"" : "").Append('>')
                    .Append(E(name)).Append("</a></li>");
            }

            html.Append("</ul></nav>");
        }

        if (signOut is { } field)
        {
            html.Append("<form method=\"post\" action=\"/admin/signout\" class=\"signout\">").Append(field.Html)
                .Append("<button type=\"submit\">Sign out</button></form>");
        }

        html.Append("</header><main><h1>").Append(E(title)).Append("</h1>").Append(body).Append("</main></body></html>");
        return html.ToString();
    }

    /// <summary>Links to the same page over 7, 30 and 90 days (plain links: no script).</summary>
    public static string DaysPicker(string path, int days)
    {
        var html = new StringBuilder("<p class=\"days\">Period: ");
        foreach (var option in new[] { 1, 7, 30, 90, 365 })
        {
            html.Append(option == days
                ? $"<strong>{option} d</strong> "
                : $"<a href=\"{path}?days={option}\">{option} d</a> ");
        }

        return html.Append("</p>").ToString();
    }

    /// <summary>A table of <paramref name="rows"/> whose cells are HTML already (escape text with <see cref="E"/> before).</summary>
    public static string Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string empty, string? caption = null)
    {
        var html = new StringBuilder("<div class=\"scroll\"><table>");
        if (caption is not null)
        {
            html.Append("<caption>").Append(E(caption)).Append("</caption>");
        }

        html.Append("<thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th scope=\"col\">").Append(E(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(cell).Append("</td>");
            }

            html.Append("</tr>");
        }

        if (!any)
        {
            html.Append("<tr><td colspan=\"").Append(headers.Count).Append("\" class=\"empty\">").Append(E(empty)).Append("</td></tr>");
        }

        return html.Append("</tbody></table></div>").ToString();
    }

    /// <summary>Name → count pairs, largest first, with each one's share of the total.</summary>
    public static string Counts(string caption, string nameHeader, IReadOnlyDictionary<string, int> counts, string empty)
    {
        var total = Math.Max(1, counts.Values.Sum());
        return Table([nameHeader, "Questions", "Share"],
            counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => (IReadOnlyList<string>)[E(c.Key), N(c.Value), N(100.0 * c.Value / total, "0.0") + " %"]),
            empty, caption);
    }

    public static string Card(string label, string value) =>
        $"<div class=\"card\"><span class=\"label\">{E(label)}</span><span class=\"value\">{E(value)}</span></div>";

    public static string Notice(string text, string kind = "info") => $"<p class=\"notice {kind}\" role=\"status\">{E(text)}</p>";
}

/// <summary>The hidden input that carries the anti-forgery token in a form.</summary>
public readonly record struct AntiforgeryField(string Name, string Token)
{
    public string Html => $"<input type=\"hidden\" name=\"{AdminHtml.E(Name)}\" value=\"{AdminHtml.E(Token)}\">";
}
