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

    /// <summary>
    /// The anti-forgery field of a signed-in page's forms: an HMAC of the session cookie, so any replica with the same token
    /// accepts it (call only once <see cref="IsSignedIn"/>).
    /// </summary>
    public static AntiforgeryField Field(HttpContext context, AdminAccess access) =>
        new(AdminEndpoints.AntiforgeryField, access.SessionFormToken(context.Request.Cookies[AdminEndpoints.SessionCookie] ?? ""));

    /// <summary>
    /// The sign-in form's field, before there is a session: an HMAC of a random pre-session cookie (set here when missing), so the
    /// form posted to another replica still passes, and a page elsewhere can neither read the cookie nor compute the field.
    /// </summary>
    public static AntiforgeryField SignInField(HttpContext context, AdminAccess access)
    {
        var binding = context.Request.Cookies[AdminEndpoints.AntiforgeryCookie];
        if (!AdminAccess.IsFormBinding(binding))
        {
            binding = AdminAccess.NewFormBinding();
            context.Response.Cookies.Append(AdminEndpoints.AntiforgeryCookie, binding, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = IsSecure(context),
                Path = AdminEndpoints.Path,
                IsEssential = true,
            });
        }

        return new AntiforgeryField(AdminEndpoints.AntiforgeryField, access.SignInFormToken(binding!));
    }

    /// <summary>
    /// False when the form's anti-forgery field is missing or not the one for this request: of the pre-session cookie for the
    /// sign-in form (<paramref name="signIn"/>), of a valid session for every other form.
    /// </summary>
    public static async Task<bool> IsFormGenuineAsync(HttpContext context, AdminAccess access, bool signIn = false)
    {
        if (!context.Request.HasFormContentType)
        {
            return false;
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return false;
        }

        if (!form.TryGetValue(AdminEndpoints.AntiforgeryField, out var values) || values.Count != 1)
        {
            return false;
        }

        var field = values[0];
        return signIn
            ? access.IsSignInForm(context.Request.Cookies[AdminEndpoints.AntiforgeryCookie], field)
            : access.IsSessionForm(context.Request.Cookies[AdminEndpoints.SessionCookie], field);
    }

    public static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    public static void SetRetryAfter(HttpContext context, TimeSpan wait) =>
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
