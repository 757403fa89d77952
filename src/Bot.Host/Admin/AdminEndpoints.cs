using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Bot.Host.Admin;

/// <summary>
/// <c>/admin</c> in <c>serve</c>: the curator's pages (overview, gaps, feedback, knowledge, digests, platforms) and their JSON API,
/// behind a sign-in with <c>Admin:Token</c>. Not mapped at all (404) without a token. Pages are plain server-rendered HTML with one
/// stylesheet and no script; every response under /admin carries a strict Content-Security-Policy and is never cached.
/// </summary>
public static class AdminEndpoints
{
    public const string Path = "/admin";
    public const string StylesheetPath = "/admin/admin.css";
    public const string SignInPath = "/admin/signin";
    public const string SessionCookie = "jkbot_admin";
    public const string AntiforgeryCookie = "jkbot_admin_af";
    public const string AntiforgeryField = "__af";

    /// <summary>The period pages and the API use when the request names none.</summary>
    public const int DefaultDays = 30;

    public const int MaxDays = 3650;

    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>
    /// The shape of <c>report --json</c> (camelCase, nulls written); unlike the CLI's, the default encoder, which also escapes
    /// &lt; &gt; &amp; and non-ASCII: this JSON is served to browsers.
    /// </summary>
    internal static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static WebApplicationBuilder AddAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>();
        if (!Enabled(builder.Configuration))
        {
            return builder;
        }

        builder.Services.AddSingleton<AdminAccess>();
        builder.Services.AddSingleton<PlatformMeterTotals>();
        return builder;
    }

    public static WebApplication MapAdmin(this WebApplication app)
    {
        if (!Enabled(app.Configuration))
        {
            return app;
        }

        // Created now, so the platform counters are listened to from the first call.
        _ = app.Services.GetRequiredService<PlatformMeterTotals>();
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.OnStarting(() =>
                {
                    var headers = context.Response.Headers;
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    headers.XFrameOptions = "DENY";
                    headers.XContentTypeOptions = "nosniff";
                    headers["Referrer-Policy"] = "no-referrer";
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                    return Task.CompletedTask;
                });
            }

            await next(context).ConfigureAwait(false);
        });

        var admin = app.MapGroup(Path);
        admin.MapGet("/admin.css", () => Results.Text(AdminStylesheet.Css, "text/css; charset=utf-8"));
        admin.MapGet("/signin", AdminPages.SignInForm);
        admin.MapPost("/signin", AdminPages.SignInAsync);
        admin.MapPost("/signout", AdminPages.SignOutAsync);
        admin.MapGet("", AdminPages.Overview);
        admin.MapGet("/gaps", AdminPages.Gaps);
        admin.MapPost("/gaps/recheck", AdminPages.RecheckAsync);
        admin.MapGet("/feedback", AdminPages.Feedback);
        admin.MapGet("/knowledge", AdminPages.Knowledge);
        admin.MapPost("/knowledge/reload", AdminPages.ReloadAsync);
        admin.MapGet("/digests", AdminPages.Digests);
        admin.MapGet("/platforms", AdminPages.PlatformsAsync);
        admin.MapGet("/api/report", AdminApi.Report);
        admin.MapGet("/api/gaps", AdminApi.Gaps);
        return app;
    }

    /// <summary>
    /// <paramref name="raw"/> as a number of days: absent → <see cref="DefaultDays"/>; otherwise digits only, 1 to <see cref="MaxDays"/>.
    /// </summary>
    public static bool TryParseDays(string? raw, out int days, out string error)
    {
        error = "";
        days = DefaultDays;
        if (raw is null)
        {
            return true;
        }

        if (raw.Length is > 0 and <= 9 && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out days) && days is >= 1 and <= MaxDays)
        {
            return true;
        }

        days = 0;
        error = $"days must be a whole number from 1 to {MaxDays}.";
        return false;
    }

    /// <summary>Read while composing, from the same bound section: the routes exist or not before the container does.</summary>
    private static bool Enabled(IConfiguration configuration) =>
        configuration.GetSection(AdminOptions.SectionName).Get<AdminOptions>()?.Enabled ?? false;
}
