using Bot.Core.Digest;

namespace Bot.Core.Tests.Digest;

public sealed class DigestRulesTests
{
    [Theory]
    [InlineData("08:00", 8, 0)]
    [InlineData("7:30", 7, 30)]
    [InlineData(" 23:59 ", 23, 59)]
    public void TryParseTime_HourMinute_Parsed(string text, int hour, int minute)
    {
        Assert.True(DigestRules.TryParseTime(text, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("8am")]
    [InlineData("24:00")]
    [InlineData("08:60")]
    [InlineData("0800")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseTime_NotHourMinute_Rejected(string? text) => Assert.False(DigestRules.TryParseTime(text, out _));

    [Theory]
    [InlineData("Asia/Seoul")]
    [InlineData("Asia/Tokyo")]
    [InlineData("America/New_York")]
    [InlineData("Europe/Berlin")]
    public void TryFindTimeZone_IanaId_Found(string id) => Assert.True(DigestRules.TryFindTimeZone(id, out _));

    [Theory]
    [InlineData("Asia/Seol")]
    [InlineData("KST")]
    [InlineData("")]
    public void TryFindTimeZone_Unknown_Rejected(string id) => Assert.False(DigestRules.TryFindTimeZone(id, out _));

    [Fact]
    public void IdempotencyKey_PerChannelAndLocalDate_StableNonceWithinDiscordsLimit()
    {
        var key = IdempotencyKey.For("discord", "1234567890123456789", new DateOnly(2026, 6, 22));

        Assert.Equal("discord:1234567890123456789:2026-06-22", key);
        Assert.Equal(25, IdempotencyKey.ToNonce(key).Length);
        Assert.Equal(IdempotencyKey.ToNonce(key), IdempotencyKey.ToNonce(key));
        Assert.NotEqual(IdempotencyKey.ToNonce(key), IdempotencyKey.ToNonce(IdempotencyKey.For("discord", "1234567890123456789", new DateOnly(2026, 6, 23))));
    }

    [Fact]
    public void SectionNames_EmptyList_MeansAll_UnknownNamed()
    {
        Assert.True(DigestSectionNames.TryParseList([], out var all, out _));
        Assert.Equal(DigestSections.All, all);
        Assert.True(DigestSectionNames.TryParseList(["faq", "On-This-Day"], out var two, out _));
        Assert.Equal(DigestSections.Faq | DigestSections.OnThisDay, two);
        Assert.False(DigestSectionNames.TryParseList(["weather"], out _, out var unknown));
        Assert.Equal("weather", unknown);
    }
}
