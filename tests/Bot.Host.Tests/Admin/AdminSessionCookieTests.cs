using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bot.Host.Admin;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Host.Tests.Admin;

/// <summary>
/// The self-validating session cookie and the anti-forgery tokens, on a fake clock: what one instance issues, another with the same
/// token (a second replica, or the same server after a restart) accepts, and anything changed, cut, foreign or stale is refused
/// without an exception.
/// </summary>
public sealed class AdminSessionCookieTests
{
    private const string Token = "0123456789abcdefghijklmnopqrstuvwxyz-token";
    private const string OtherToken = "zyxwvutsrqponmlkjihgfedcba9876543210-token";

    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);

    private AdminAccess Access(string token = Token, int hours = 12) =>
        new(Options.Create(new AdminOptions { Token = token, SessionHours = hours }), _time);

    [Fact]
    public void Session_IssuedByOneInstance_AcceptedByAnotherWithTheSameToken()
    {
        var (cookie, _) = Access().StartSession();

        // A second replica, or this one after a restart: nothing shared but the token.
        Assert.True(Access().IsSession(cookie));
        Assert.DoesNotContain(Token, cookie, StringComparison.Ordinal);
    }

    [Fact]
    public void Session_InstanceWithAnotherToken_Refused()
    {
        var (cookie, _) = Access().StartSession();

        Assert.False(Access(OtherToken).IsSession(cookie));
        Assert.False(new AdminAccess(Options.Create(new AdminOptions()), _time).IsSession(cookie));
    }

    [Fact]
    public void Session_Expired_RefusedOnEveryInstance()
    {
        var (cookie, expires) = Access(hours: 1).StartSession();
        var other = Access(hours: 1);

        _time.Advance(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1));
        Assert.True(other.IsSession(cookie));
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(expires, _time.GetUtcNow());
        Assert.False(other.IsSession(cookie));
        Assert.False(Access(hours: 1).IsSession(cookie));
    }

    [Fact]
    public void Session_Shape_VersionExpiry128BitIdAndMac()
    {
        var (cookie, expires) = Access().StartSession();
        var parts = cookie.Split('.');

        Assert.Equal(4, parts.Length);
        Assert.Equal("v1", parts[0]);
        Assert.Equal(expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), parts[1]);
        Assert.Equal(16, Base64Url.DecodeFromChars(parts[2]).Length);
        Assert.Equal(32, Base64Url.DecodeFromChars(parts[3]).Length);
        Assert.NotEqual(parts[2], Access().StartSession().Id.Split('.')[2]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Session_AnyPartChanged_Refused(int part)
    {
        var access = Access();
        var parts = access.StartSession().Id.Split('.');

        parts[part] = part switch
        {
            0 => "v2",
            // An earlier expiry, still in the future and within the lifetime: only the MAC can tell.
            1 => (long.Parse(parts[1], CultureInfo.InvariantCulture) - 60).ToString(CultureInfo.InvariantCulture),
            _ => Flip(parts[part]),
        };

        Assert.False(access.IsSession(string.Join('.', parts)));
    }

    public static TheoryData<string?> Garbage()
    {
        var access = new AdminAccess(Options.Create(new AdminOptions { Token = Token }), new FakeTimeProvider(Start));
        var good = access.StartSession().Id;
        var data = new TheoryData<string?>
        {
            null,
            "",
            ".",
            "...",
            "v1...",
            "v1.1.2.3",
            "v1.-5.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "v1.99999999999999999999.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "v1.1700000000.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "v1.１７００.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            good[..^1],
            good[..(good.Length / 2)],
            good + "A",
            good + "." + good,
            " " + good,
            good.Replace('.', ','),
            new string('x', 10 * 1024),
            string.Concat(Enumerable.Repeat(good + ".", 80)),
            "made-up",
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Session_MalformedOrForeign_RefusedWithoutException(string? cookie)
    {
        var access = Access();

        Assert.False(access.IsSession(cookie));
        Assert.False(access.IsSessionForm(cookie, "anything"));
        access.EndSession(cookie);
        Assert.Equal(0, access.RevokedCount);
    }

    [Fact]
    public void Session_SignedWithTheRightKeyButWrongVersion_Refused()
    {
        var expiry = _time.GetUtcNow().AddHours(1).ToUnixTimeSeconds();

        Assert.True(Access().IsSession(Forge(Token, "v1", expiry)));
        Assert.False(Access().IsSession(Forge(Token, "v2", expiry)));
        Assert.False(Access().IsSession(Forge(Token, "V1", expiry)));
        Assert.False(Access().IsSession(Forge(OtherToken, "v1", expiry)));
    }

    [Fact]
    public void Session_DatedFurtherAheadThanTheLifetime_Refused()
    {
        var now = _time.GetUtcNow();
        var access = Access(hours: 12);

        // A few minutes of clock skew between replicas are allowed; a longer-lived cookie is not.
        Assert.True(access.IsSession(Forge(Token, "v1", now.AddHours(12).AddMinutes(4).ToUnixTimeSeconds())));
        Assert.False(access.IsSession(Forge(Token, "v1", now.AddHours(12).AddMinutes(6).ToUnixTimeSeconds())));
        Assert.False(access.IsSession(Forge(Token, "v1", now.AddYears(10).ToUnixTimeSeconds())));
        // Issued by a replica configured for 24 h, presented to one configured for 12 h.
        Assert.False(access.IsSession(Access(hours: 24).StartSession().Id));
    }

    [Fact]
    public void EndSession_RevokedOnThatInstance_UntilItsExpiry()
    {
        var access = Access(hours: 1);
        var (cookie, _) = access.StartSession();
        var (other, _) = access.StartSession();

        access.EndSession(cookie);

        Assert.False(access.IsSession(cookie));
        Assert.True(access.IsSession(other));
        Assert.Equal(1, access.RevokedCount);
        // Documented: another replica does not know of the sign-out, and accepts a copy until it expires.
        Assert.True(Access(hours: 1).IsSession(cookie));
        _time.Advance(TimeSpan.FromHours(1));
        Assert.False(Access(hours: 1).IsSession(cookie));
    }

    [Fact]
    public void EndSession_ManySignOuts_MemoryBounded()
    {
        var access = Access(hours: 1);
        var cookies = Enumerable.Range(0, AdminAccess.MaxRevoked + 50).Select(_ => access.StartSession().Id).ToList();

        foreach (var cookie in cookies)
        {
            access.EndSession(cookie);
        }

        Assert.Equal(AdminAccess.MaxRevoked, access.RevokedCount);
        Assert.False(access.IsSession(cookies[^1]));

        // Once they have expired, they are dropped at the next sign-out.
        _time.Advance(TimeSpan.FromHours(1));
        var (late, _) = access.StartSession();
        access.EndSession(late);
        Assert.Equal(1, access.RevokedCount);
    }

    [Fact]
    public void SessionFormToken_RenderedByOneInstance_AcceptedByAnother_OnlyForThatSession()
    {
        var a = Access();
        var b = Access();
        var (cookie, _) = a.StartSession();
        var (other, _) = a.StartSession();
        var field = a.SessionFormToken(cookie);

        Assert.True(b.IsSessionForm(cookie, field));
        Assert.False(b.IsSessionForm(other, field));
        Assert.False(Access(OtherToken).IsSessionForm(cookie, field));
        Assert.False(b.IsSessionForm(cookie, Flip(field)));
        Assert.False(b.IsSessionForm(cookie, field[..^1]));
        Assert.False(b.IsSessionForm(cookie, ""));
        Assert.False(b.IsSessionForm(cookie, null));
        Assert.False(b.IsSessionForm(cookie, new string('x', 10 * 1024)));
        Assert.DoesNotContain(cookie.Split('.')[2], field, StringComparison.Ordinal);

        b.EndSession(cookie);
        Assert.False(b.IsSessionForm(cookie, field));
    }

    [Fact]
    public void SignInFormToken_RenderedByOneInstance_AcceptedByAnother_OnlyWithItsCookie()
    {
        var binding = AdminAccess.NewFormBinding();
        var field = Access().SignInFormToken(binding);
        var b = Access();

        Assert.True(b.IsSignInForm(binding, field));
        Assert.False(b.IsSignInForm(AdminAccess.NewFormBinding(), field));
        Assert.False(b.IsSignInForm(null, field));
        Assert.False(b.IsSignInForm(binding, null));
        Assert.False(b.IsSignInForm(new string('x', 10 * 1024), field));
        Assert.False(Access(OtherToken).IsSignInForm(binding, field));
        // The two kinds of token are not interchangeable.
        var (cookie, _) = b.StartSession();
        Assert.False(b.IsSessionForm(cookie, b.SignInFormToken(cookie)));
    }

    /// <summary>A cookie signed as the documented format says, for the values a real instance would never issue.</summary>
    private static string Forge(string token, string version, long expiry)
    {
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(token), "jkbot admin session v1"u8);
        var payload = $"{version}.{expiry.ToString(CultureInfo.InvariantCulture)}.{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16))}";
        return payload + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(payload)));
    }

    /// <summary><paramref name="text"/> with its first character changed to another base64url character.</summary>
    private static string Flip(string text) => (text[0] == 'A' ? 'B' : 'A') + text[1..];
}
