using Microsoft.AspNetCore.Antiforgery;

namespace Bot.Host.Admin;

/// <summary>What every admin handler asks of a request: who is calling, whether they are signed in, the period, the form token.</summary>
internal static class AdminRequest
{
    /// <summary>The address failed attempts are counted against (the proxy's, behind a reverse proxy: see docs/operations.md).</summary>
    public static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static bool IsSignedIn(HttpContext context, AdminAccess access) =>
        access.IsSession(context.Request.Cookies[AdminEndpoints.SessionCookie]);

    /// <summary>HTTPS here or at the TLS proxy in front (its X-Forwarded-Proto): only ever makes the cookie stricter.</summary>
    public static bool IsSecure(HttpContext context) =>
        context.Request.IsHttps || string.Equals(context.Request.Headers["X-Forwarded-Proto"].ToString(), "https", StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>days</c> query (or form) value: absent, or exactly one value.</summary>
    public static string? RawDays(HttpContext context)
    {
        var values = context.Request.HasFormContentType && context.Request.Form.TryGetValue("days", out var form) ? form : context.Request.Query["days"];
        return values.Count switch
        {
            0 => null,
            1 => values[0] ?? "",
            _ => "",
        };
    }

    public static AntiforgeryField Field(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return new AntiforgeryField(tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    /// <summary>False when the form's anti-forgery token is missing or does not match its cookie.</summary>
    public static async Task<bool> IsFormGenuineAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return false;
        }

        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context).ConfigureAwait(false);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    public static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    public static void SetRetryAfter(HttpContext context, TimeSpan wait) =>
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
