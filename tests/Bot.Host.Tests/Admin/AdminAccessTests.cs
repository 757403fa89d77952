using Bot.Host.Admin;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Host.Tests.Admin;

/// <summary>The token check, the sessions and the failed-attempt throttle, on a fake clock.</summary>
public sealed class AdminAccessTests
{
    private const string Token = "0123456789abcdefghijklmnopqrstuvwxyz-token";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    private AdminAccess Access(int hours = 12) => new(Options.Create(new AdminOptions { Token = Token, SessionHours = hours }), _time);

    [Theory]
    [InlineData(Token, true)]
    [InlineData(Token + " ", false)]
    [InlineData("0123456789abcdefghijklmnopqrstuvwxyz-toke", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsToken_Candidates_OnlyTheExactToken(string? candidate, bool expected) =>
        Assert.Equal(expected, Access().IsToken(candidate));

    [Fact]
    public void IsToken_NoTokenConfigured_NothingMatches()
    {
        var access = new AdminAccess(Options.Create(new AdminOptions()), _time);

        Assert.False(access.IsToken(""));
        Assert.False(access.IsToken("anything"));
    }

    [Fact]
    public void Session_LastsSessionHoursThenEnds()
    {
        var access = Access(hours: 2);
        var (id, expires) = access.StartSession();

        Assert.Equal(_time.GetUtcNow().AddHours(2), expires);
        Assert.True(access.IsSession(id));
        Assert.DoesNotContain(Token, id, StringComparison.Ordinal);
        _time.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        Assert.True(access.IsSession(id));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(access.IsSession(id));
    }

    [Fact]
    public void EndSession_SignedOut_IdNoLongerValid()
    {
        var access = Access();
        var (id, _) = access.StartSession();
        var (other, _) = access.StartSession();

        access.EndSession(id);

        Assert.False(access.IsSession(id));
        Assert.True(access.IsSession(other));
        Assert.NotEqual(id, other);
        Assert.False(access.IsSession("made-up"));
        Assert.False(access.IsSession(null));
    }

    [Fact]
    public void RetryAfter_FiveFailuresInAMinute_BlockedUntilTheFirstExpires()
    {
        var access = Access();
        for (var i = 0; i < AdminAccess.MaxFailures; i++)
        {
            Assert.Equal(TimeSpan.Zero, access.RetryAfter("10.0.0.1"));
            access.RecordFailure("10.0.0.1");
            _time.Advance(TimeSpan.FromSeconds(10));
        }

        // Five failures at 0, 10, 20, 30 and 40 s; now is 50 s: the first expires at 60 s.
        Assert.Equal(TimeSpan.FromSeconds(10), access.RetryAfter("10.0.0.1"));
        Assert.Equal(TimeSpan.Zero, access.RetryAfter("10.0.0.2"));
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.Zero, access.RetryAfter("10.0.0.1"));
    }

    [Theory]
    [InlineData(null, true, AdminEndpoints.DefaultDays)]
    [InlineData("1", true, 1)]
    [InlineData("3650", true, 3650)]
    [InlineData("0", false, 0)]
    [InlineData("-1", false, 0)]
    [InlineData("3651", false, 0)]
    [InlineData("abc", false, 0)]
    [InlineData("1.5", false, 0)]
    [InlineData(" 7", false, 0)]
    [InlineData("", false, 0)]
    [InlineData("99999999999999", false, 0)]
    public void TryParseDays_Values_WholeNumbersFrom1To3650(string? raw, bool valid, int days)
    {
        Assert.Equal(valid, AdminEndpoints.TryParseDays(raw, out var parsed, out var error));
        Assert.Equal(days, parsed);
        Assert.Equal(valid, error.Length == 0);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("short-token", false)]
    [InlineData("0123456789abcdef0123456789abcde", false)]
    [InlineData("0123456789abcdef0123456789abcdef", true)]
    public void Validator_TokenLength_AtLeast32WhenSet(string? token, bool valid)
    {
        var result = new AdminOptionsValidator().Validate(null, new AdminOptions { Token = token });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("Admin__Token", result.FailureMessage, StringComparison.Ordinal);
            Assert.DoesNotContain(token!, result.FailureMessage, StringComparison.Ordinal);
        }
    }
}
