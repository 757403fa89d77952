using System.Globalization;
using System.Text;
using Bot.Core.Abstractions;
using Bot.Core.Reporting;
using Bot.Infrastructure.Cluster;
using Bot.Infrastructure.Digest;
using Bot.Infrastructure.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using static Bot.Host.Admin.AdminHtml;

namespace Bot.Host.Admin;

/// <summary>The admin pages: sign-in and sign-out, then one handler per section. Every value shown that came from outside is escaped.</summary>
internal static class AdminPages
{
    public static IResult SignInForm(HttpContext context, AdminAccess access) =>
        AdminRequest.IsSignedIn(context, access) ? Results.Redirect(AdminEndpoints.Path) : AdminRequest.Html(SignInPage(context, access, null));

    public static async Task<IResult> SignInAsync(HttpContext context, AdminAccess access, ILoggerFactory loggers)
    {
        var client = AdminRequest.Client(context);
        var wait = access.RetryAfter(client);
        if (wait > TimeSpan.Zero)
        {
            AdminRequest.SetRetryAfter(context, wait);
            return AdminRequest.Html(SignInPage(context, access, $"Too many failed sign-ins from this address: try again in {Math.Ceiling(wait.TotalSeconds)} s."),
                StatusCodes.Status429TooManyRequests);
        }

        if (!await AdminRequest.IsFormGenuineAsync(context, access, signIn: true).ConfigureAwait(false))
        {
            return AdminRequest.Html(SignInPage(context, access, "The form expired or did not come from this page: try again."), StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var log = loggers.CreateLogger("Bot.Host.Admin");
        if (!access.IsToken(form["token"].ToString()))
        {
            access.RecordFailure(client);
            // The address only: never what was typed (it may be the real token with a typo).
            log.LogWarning("Admin sign-in refused from {Client}", client);
            return AdminRequest.Html(SignInPage(context, access, "That token is not right."), StatusCodes.Status401Unauthorized);
        }

        var (id, expires) = access.StartSession();
        context.Response.Cookies.Append(AdminEndpoints.SessionCookie, id, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = AdminRequest.IsSecure(context),
            Path = AdminEndpoints.Path,
            Expires = expires,
            IsEssential = true,
        });
        log.LogInformation("Admin signed in from {Client}", client);
        return SeeOther(context, AdminEndpoints.Path);
    }

    public static async Task<IResult> SignOutAsync(HttpContext context, AdminAccess access)
    {
        // Signed in: the form must be genuine, then the id is revoked on this replica. Not (expired, revoked, another token):
        // there is nothing to end, only the stale cookie to drop.
        if (AdminRequest.IsSignedIn(context, access))
        {
            if (!await AdminRequest.IsFormGenuineAsync(context, access).ConfigureAwait(false))
            {
                return BadForm(context);
            }

            access.EndSession(context.Request.Cookies[AdminEndpoints.SessionCookie]);
        }

        context.Response.Cookies.Delete(AdminEndpoints.SessionCookie, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = AdminRequest.IsSecure(context),
            Path = AdminEndpoints.Path,
        });
        return SeeOther(context, AdminEndpoints.SignInPath);
    }

    public static IResult Overview(HttpContext context, AdminAccess access, ICuratorReports reports) =>
        Guarded(context, access, AdminEndpoints.Path, "Overview", (days, _) => OverviewBody(reports.Build(days), days));

    public static IResult Gaps(HttpContext context, AdminAccess access, ICuratorReports reports) =>
        Guarded(context, access, "/admin/gaps", "Gaps", (days, field) => GapsBody(reports.Build(days).Gaps, days, field, null));

    public static async Task<IResult> RecheckAsync(HttpContext context, AdminAccess access, ICuratorReports reports, TimeProvider time)
    {
        if (!AdminRequest.IsSignedIn(context, access))
        {
            return Results.Redirect(AdminEndpoints.SignInPath);
        }

        if (!await AdminRequest.IsFormGenuineAsync(context, access).ConfigureAwait(false))
        {
            return BadForm(context);
        }

        // Re-running every gap through the router is CPU work: off the request thread. A bad period is left to Guarded (400).
        IReadOnlyList<Gap>? rechecked = null;
        if (AdminEndpoints.TryParseDays(AdminRequest.RawDays(context), out var period, out _))
        {
            try
            {
                rechecked = await Task.Run(() => reports.Recheck(period), context.RequestAborted).ConfigureAwait(false);
            }
            catch (ArgumentOutOfRangeException)
            {
            }
        }

        return Guarded(context, access, "/admin/gaps", "Gaps", (days, field) => GapsBody(rechecked ?? reports.Recheck(days), days, field, time.GetUtcNow()));
    }

    public static IResult Feedback(HttpContext context, AdminAccess access, ICuratorReports reports) =>
        Guarded(context, access, "/admin/feedback", "Feedback", (days, _) => FeedbackBody(reports.Build(days).Feedback, days));

    public static IResult Knowledge(HttpContext context, AdminAccess access, IKnowledgeProvider knowledge) =>
        Guarded(context, access, "/admin/knowledge", "Knowledge", (_, field) => KnowledgeBody(context.RequestServices, knowledge, field, null));

    public static async Task<IResult> ReloadAsync(HttpContext context, AdminAccess access, IKnowledgeProvider knowledge)
    {
        if (!AdminRequest.IsSignedIn(context, access))
        {
            return Results.Redirect(AdminEndpoints.SignInPath);
        }

        if (!await AdminRequest.IsFormGenuineAsync(context, access).ConfigureAwait(false))
        {
            return BadForm(context);
        }

        var reloader = context.RequestServices.GetService<IKnowledgeReloader>();
        var report = reloader is null ? null : await Task.Run(() => reloader.ReloadAsync(context.RequestAborted)).ConfigureAwait(false);
        return Guarded(context, access, "/admin/knowledge", "Knowledge", (_, field) => KnowledgeBody(context.RequestServices, knowledge, field, report ?? (object)"none"));
    }

    public static IResult Digests(HttpContext context, AdminAccess access, IDigestStore store, TimeProvider time) =>
        Guarded(context, access, "/admin/digests", "Digests", (_, _) => DigestsBody(store, time.GetUtcNow()));

    public static async Task<IResult> PlatformsAsync(HttpContext context, AdminAccess access, HealthCheckService health, PlatformMeterTotals totals,
        ILeadership leadership, IOptions<ClusterOptions> cluster)
    {
        if (!AdminRequest.IsSignedIn(context, access))
        {
            return Results.Redirect(AdminEndpoints.SignInPath);
        }

        var report = await health.CheckHealthAsync(r => r.Tags.Contains(Readiness.Tag), context.RequestAborted).ConfigureAwait(false);
        return Guarded(context, access, "/admin/platforms", "Platforms", (_, _) => PlatformsBody(report, totals, leadership, cluster.Value));
    }

    /// <summary>Signed in, a valid period, then the page; a bad period is a 400.</summary>
    private static IResult Guarded(HttpContext context, AdminAccess access, string path, string title, Func<int, AntiforgeryField, string> body)
    {
        if (!AdminRequest.IsSignedIn(context, access))
        {
            return Results.Redirect(AdminEndpoints.SignInPath);
        }

        var field = AdminRequest.Field(context, access);
        if (!AdminEndpoints.TryParseDays(AdminRequest.RawDays(context), out var days, out var error))
        {
            return AdminRequest.Html(Page(title, path, Notice(error, "error"), field), StatusCodes.Status400BadRequest);
        }

        try
        {
            return AdminRequest.Html(Page(title, path, body(days, field), field));
        }
        catch (ArgumentOutOfRangeException)
        {
            return AdminRequest.Html(Page(title, path, Notice($"days must be a whole number from 1 to {AdminEndpoints.MaxDays}.", "error"), field),
                StatusCodes.Status400BadRequest);
        }
    }

    private static string SignInPage(HttpContext context, AdminAccess access, string? error)
    {
        var field = AdminRequest.SignInField(context, access);
        var body = new StringBuilder();
        if (error is not null)
        {
            body.Append(Notice(error, "error"));
        }

        // POST only, and the field is never filled back in: the token never lands in a URL, a log line or a page.
        body.Append("<form class=\"signin\" method=\"post\" action=\"").Append(AdminEndpoints.SignInPath).Append("\">")
            .Append(field.Html)
            .Append("<div><label for=\"token\">Admin token</label>")
            .Append("<input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"off\" required autofocus></div>")
            .Append("<div><button type=\"submit\">Sign in</button></div></form>")
            .Append("<p class=\"muted\">The token is the server's <code>Admin__Token</code> setting.</p>");
        return Page("Sign in", null, body.ToString(), null);
    }

    internal static string OverviewBody(CuratorReport report, int days)
    {
        var html = new StringBuilder(DaysPicker(AdminEndpoints.Path, days));
        var answered = report.ByOutcome.GetValueOrDefault("answer");
        html.Append("<div class=\"cards\">")
            .Append(Card("Questions", N(report.Questions)))
            .Append(Card("Answered", report.Questions == 0 ? "—" : N(100.0 * answered / report.Questions, "0.0") + " %"))
            .Append(Card("p95 answer time", report.P95AnswerMs is { } p95 ? N(p95, "#,0") + " ms" : "—"))
            .Append(Card("Gaps", N(report.Gaps.Count)))
            .Append(Card("Feedback up / down", $"{N(report.Feedback.Up)} / {N(report.Feedback.Down)}"))
            .Append("</div>");
        html.Append("<h2>Questions per day</h2>").Append(AdminChart.Svg(report));
        html.Append(Counts("By platform", "Platform", report.ByPlatform, "No questions in this period."));
        html.Append(Counts("By outcome", "Outcome", report.ByOutcome, "No questions in this period."));
        html.Append(Counts("By intent", "Intent", report.ByIntent, "No questions in this period."));
        html.Append(Table(["Question", "Times", "Intent"],
            report.Top.Select(t => (IReadOnlyList<string>)[Quote(t.Question), N(t.Count), E(t.Intent)]),
            "No questions logged in this period (or question logging is off).", "Most asked"));
        html.Append("<p class=\"muted\">From ").Append(Time(report.From)).Append(" to ").Append(Time(report.To)).Append(".</p>");
        return html.ToString();
    }

    internal static string GapsBody(IReadOnlyList<Gap> gaps, int days, AntiforgeryField field, DateTimeOffset? recheckedAt)
    {
        var html = new StringBuilder(DaysPicker("/admin/gaps", days));
        if (recheckedAt is { } at)
        {
            var answered = gaps.Count(g => g.AnsweredBy is not null);
            html.Append(Notice(string.Create(CultureInfo.InvariantCulture,
                $"Re-checked {gaps.Count} {(gaps.Count == 1 ? "gap" : "gaps")} against the knowledge served now: {answered} now answered."), answered > 0 ? "ok" : "info"));
        }

        html.Append("<form method=\"post\" action=\"/admin/gaps/recheck\">").Append(field.Html)
            .Append("<input type=\"hidden\" name=\"days\" value=\"").Append(days.ToString(CultureInfo.InvariantCulture)).Append("\">")
            .Append("<p><button type=\"submit\">Re-check now</button> <span class=\"muted\">asks every gap's question again against the current knowledge.</span></p></form>");
        html.Append(Table(["Question", "Times", "Last asked", "Outcome", "Intent", "Closest topics", "Now answered by"],
            gaps.Select(g => (IReadOnlyList<string>)
            [
                g.Example is { } example ? Quote(example) : $"<span class=\"muted\">(text not logged{(g.Topic is { } topic ? "; topic " + E(topic) : "")})</span>",
                N(g.Count),
                Time(g.LastAsked),
                E(g.Outcome),
                E(g.Intent),
                E(string.Join(", ", g.Closest)),
                g.AnsweredBy is { } entry ? $"<strong class=\"answered\">✓ {E(entry)}</strong>" : recheckedAt is null && g.RecheckedAt is null ? "" : "<span class=\"muted\">not yet</span>",
            ]),
            "No gaps in this period: every question was answered.", "Questions the bot did not answer well"));
        return html.ToString();
    }

    internal static string FeedbackBody(FeedbackSummary feedback, int days)
    {
        var html = new StringBuilder(DaysPicker("/admin/feedback", days));
        html.Append("<div class=\"cards\">").Append(Card("Helpful (up)", N(feedback.Up))).Append(Card("Not helpful (down)", N(feedback.Down))).Append("</div>");
        html.Append(Table(["Reason", "Votes"],
            feedback.Reasons.OrderByDescending(r => r.Value).Select(r => (IReadOnlyList<string>)[E(r.Key), N(r.Value)]),
            "No reasons given in this period.", "Reasons given with a down vote"));
        html.Append(Table(["When", "Reason", "Comment", "Question"],
            feedback.Comments.OrderByDescending(c => c.Time).Select(c => (IReadOnlyList<string>)[Time(c.Time), E(c.Reason), E(c.Text), Quote(c.Question)]),
            "No comments in this period.", "Comments"));
        return html.ToString();
    }

    /// <param name="reload">What "reload now" just did: a report, "none" when this server cannot reload, or null (no reload asked).</param>
    private static string KnowledgeBody(IServiceProvider services, IKnowledgeProvider knowledge, AntiforgeryField field, object? reload)
    {
        var kb = knowledge.Current;
        var counts = KnowledgeCounts.Of(kb);
        var html = new StringBuilder();
        switch (reload)
        {
            case KnowledgeReloadReport report:
                html.Append(Notice(report.Status switch
                {
                    KnowledgeReloadStatus.Reloaded => "Reloaded: the new knowledge is live.",
                    KnowledgeReloadStatus.Unchanged => "Already up to date: the files are the ones loaded.",
                    _ => $"Kept the current knowledge: the files have {report.Errors.Count} {(report.Errors.Count == 1 ? "error" : "errors")} (below).",
                }, report.Status == KnowledgeReloadStatus.Rejected ? "error" : "ok"));
                break;
            case string:
                html.Append(Notice(Bot.Core.Admin.KnowledgeReloadResult.NotAvailableText, "error"));
                break;
        }

        html.Append("<div class=\"cards\">")
            .Append(Card("As of", kb.AsOf.ToDisplay()))
            .Append(Card("Events", N(counts.Events)))
            .Append(Card("FAQ topics", N(counts.FaqTopics)))
            .Append(Card("Statistics", N(counts.Statistics)))
            .Append(Card("Glossary terms", N(counts.GlossaryTerms)))
            .Append(Card("Sources", N(counts.Sources)))
            .Append("</div>");
        html.Append("<p>Version <code>").Append(E(kb.Version.Length == 0 ? "built in" : kb.Version)).Append("</code></p>");

        html.Append("<h2>Last reload</h2>");
        var last = services.GetService<ReloadingKnowledgeProvider>()?.LastReload;
        if (last is null)
        {
            html.Append("<p class=\"muted\">None since the server started (the files loaded at start are the ones served).</p>");
        }
        else
        {
            html.Append("<p>").Append(Time(last.At)).Append(": ").Append(E(last.Result.Outcome switch
            {
                KnowledgeReloadOutcome.Reloaded => "reloaded",
                KnowledgeReloadOutcome.Unchanged => "nothing had changed",
                _ => "the edit was rejected; the last good knowledge is still served",
            })).Append("</p>");
            if (last.Result.Problems.Count > 0)
            {
                html.Append("<ul class=\"errors\">");
                foreach (var problem in last.Result.Problems)
                {
                    html.Append("<li>").Append(E(problem.ToString())).Append("</li>");
                }

                html.Append("</ul>");
            }
        }

        if (services.GetService<IKnowledgeReloader>() is not null)
        {
            html.Append("<form method=\"post\" action=\"/admin/knowledge/reload\">").Append(field.Html)
                .Append("<p><button type=\"submit\">Reload now</button> <span class=\"muted\">reads the knowledge folder again (it is also reloaded when a file changes).</span></p></form>");
        }

        return html.ToString();
    }

    internal static string DigestsBody(IDigestStore store, DateTimeOffset now)
    {
        var rows = store.Subscriptions().OrderBy(s => s.Platform, StringComparer.Ordinal).ThenBy(s => s.Channel, StringComparer.Ordinal).Select(s =>
        {
            DateTimeOffset? next = null;
            try
            {
                next = DigestSchedule.NextDue(s, now);
            }
            catch (InvalidOperationException)
            {
                // An unknown time zone: shown as no next run; the scheduler reports it in the log.
            }

            var last = store.RecentDeliveries(s.Id, 1).FirstOrDefault();
            return (IReadOnlyList<string>)
            [
                E(s.Platform) + " " + E(s.Workspace.Length > 0 ? s.Workspace + "/" : "") + "<code>" + E(s.Channel) + "</code>",
                E(s.Time.ToString("HH:mm", CultureInfo.InvariantCulture) + " " + s.TimeZone),
                E(s.Origin == Bot.Core.Digest.SubscriptionOrigin.Configuration ? "configuration" : "command"),
                E(s.Status.ToString().ToLowerInvariant()) + (s.LastError is { } error ? "<br><span class=\"muted\">" + E(error) + "</span>" : ""),
                Time(next),
                last is null ? "<span class=\"muted\">none yet</span>"
                    : E(last.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) + ": " + E(last.State.ToString().ToLowerInvariant())
                      + "<br><span class=\"muted\">" + Time(last.UpdatedAt) + (last.Error is { } e ? " · " + E(e) : "") + "</span>",
            ];
        });
        return Table(["Channel", "Time", "Made by", "State", "Next run", "Last delivery"], rows,
            "No channel subscribes to the digest.", "Subscriptions");
    }

    private static string PlatformsBody(HealthReport health, PlatformMeterTotals totals, ILeadership leadership, ClusterOptions cluster)
    {
        var html = new StringBuilder();
        html.Append("<p>This replica: <code>").Append(E(cluster.InstanceName)).Append("</code>, ")
            .Append(leadership.IsLeader ? "leader" : "follower").Append(".</p>");
        html.Append(Table(["Check", "State", "Detail"],
            health.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (IReadOnlyList<string>)
            [
                E(e.Key),
                e.Value.Status == HealthStatus.Healthy && e.Value.Description == Readiness.Disabled ? "off"
                    : e.Value.Status == HealthStatus.Healthy ? "connected / ready" : E(e.Value.Status.ToString().ToLowerInvariant()),
                E(e.Value.Description == Readiness.Disabled ? "" : e.Value.Description ?? e.Value.Exception?.GetType().Name),
            ]),
            "No platform is configured.", "Connection (as /readyz reports it)"));
        html.Append(Table(["Platform", "API calls", "Errors", "429 waits", "Seconds waited", "Reconnects"],
            Bot.Core.Platforms.All.Select(p => (IReadOnlyList<string>)
            [
                E(p),
                N(totals.Total(p, PlatformMeterTotals.Calls)),
                N(totals.Total(p, PlatformMeterTotals.Errors)),
                N(totals.Total(p, PlatformMeterTotals.Waits)),
                N(totals.Total(p, PlatformMeterTotals.WaitSeconds), "#,0.#"),
                N(totals.Total(p, PlatformMeterTotals.Reconnects)),
            ]),
            "", "Since this replica started (the counters /metrics exports)"));
        return html.ToString();
    }

    private static IResult SeeOther(HttpContext context, string location)
    {
        context.Response.Headers.Location = location;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static IResult BadForm(HttpContext context) =>
        AdminRequest.Html(Page("Form refused", null,
            Notice("The form expired or did not come from this page (no valid anti-forgery token): go back, reload and try again.", "error"), null),
            StatusCodes.Status400BadRequest);
}
