using Bot.Core.Reporting;

namespace Bot.Host.Admin;

/// <summary>
/// <c>GET /admin/api/report?days=N</c> (the <see cref="CuratorReport"/>, camelCase, as <c>report --json</c> prints it) and
/// <c>GET /admin/api/gaps?days=N</c> (its gaps), for a signed-in browser or a script with <c>Authorization: Bearer &lt;token&gt;</c>.
/// Unauthorised: 401 and no data. A bad period: 400 with the reason as JSON.
/// </summary>
internal static class AdminApi
{
    public static IResult Report(HttpContext context, AdminAccess access, ICuratorReports reports) =>
        Authorised(context, access, days => Results.Json(reports.Build(days), AdminEndpoints.Json));

    public static IResult Gaps(HttpContext context, AdminAccess access, ICuratorReports reports) =>
        Authorised(context, access, days => Results.Json(reports.Build(days).Gaps, AdminEndpoints.Json));

    private static IResult Authorised(HttpContext context, AdminAccess access, Func<int, IResult> answer)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
        {
            var client = AdminRequest.Client(context);
            var wait = access.RetryAfter(client);
            if (wait > TimeSpan.Zero)
            {
                AdminRequest.SetRetryAfter(context, wait);
                return Error("too many failed attempts from this address; try again later", StatusCodes.Status429TooManyRequests);
            }

            const string Scheme = "Bearer ";
            if (!authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || !access.IsToken(authorization[Scheme.Length..].Trim()))
            {
                access.RecordFailure(client);
                return Unauthorised(context);
            }
        }
        else if (!AdminRequest.IsSignedIn(context, access))
        {
            return Unauthorised(context);
        }

        if (!AdminEndpoints.TryParseDays(AdminRequest.RawDays(context), out var days, out var error))
        {
            return Error(error, StatusCodes.Status400BadRequest);
        }

        try
        {
            return answer(days);
        }
        catch (ArgumentOutOfRangeException)
        {
            return Error($"days must be a whole number from 1 to {AdminEndpoints.MaxDays}.", StatusCodes.Status400BadRequest);
        }
    }

    private static IResult Unauthorised(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Error("sign in at /admin/signin, or send Authorization: Bearer <Admin__Token>", StatusCodes.Status401Unauthorized);
    }

    private static IResult Error(string message, int status) => Results.Json(new { error = message }, AdminEndpoints.Json, statusCode: status);
}
