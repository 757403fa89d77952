using Bot.Infrastructure.Knowledge.Localization;

namespace Bot.Infrastructure.Tests.Knowledge;

public sealed class NamingPolicyTests
{
    [Theory]
    // The reader's name first, the other after it
    [InlineData("ko", "독도(일본명 다케시마)는 한국이 관할한다.")]
    [InlineData("ko", "동해(일본명 일본해)에 있다.")]
    [InlineData("ja", "竹島（韓国名：独島）は島々である。")]
    [InlineData("ja", "日本海（韓国名：東海）に位置する。")]
    // Attributed to the government that uses the term
    [InlineData("ko", "일본 정부는 다케시마를 시마네현에 편입했다고 밝힌다.")]
    [InlineData("ko", "일본 정부의 용어는 처리수다.")]
    [InlineData("ja", "韓国外交部は独島を「我が国固有の領土」としている。")]
    [InlineData("ja", "韓国政府の公式用語は汚染水である。")]
    // Quoted as someone's words, or a proper name
    [InlineData("ko", "1953년 간행물 S-23(“일본해” 표기)은 역사적 간행물로 남았다.")]
    [InlineData("ko", "기사는 훈련이 '다케시마에서' 실시됐다고 쓴다.")]
    [InlineData("ko", "시마네현은 매년 ‘다케시마의 날’ 행사를 연다.")]
    [InlineData("ja", "北朝鮮は「朝鮮東海」という名称を用いている。")]
    [InlineData("ja", "東海道新幹線で移動した。")]
    // The bot's own neutral term
    [InlineData("ko", "ALPS 처리 후 방류수의 방류가 시작됐다.")]
    [InlineData("ja", "ALPS処理後の排水の放出が始まった。")]
    public void Check_NamedAsThePolicySays_Passes(string lang, string text)
    {
        Assert.Empty(TranslatedFieldChecks.Run(NamingPolicy.Check, lang, text));
    }

    [Theory]
    [InlineData("ko", "다케시마는 한국이 관할하고 있다.", "'다케시마' is Tokyo's term")]
    [InlineData("ko", "이 섬들은 일본해에 있다.", "'일본해' is Tokyo's term")]
    [InlineData("ko", "후쿠시마 원전 오염수의 방류가 시작됐다.", "'오염수' is Seoul's term")]
    [InlineData("ko", "후쿠시마 원전 처리수의 방류가 시작됐다.", "'처리수' is Tokyo's term")]
    [InlineData("ja", "独島は島々からなる。", "'独島' is Seoul's term")]
    [InlineData("ja", "この島々は東海にある。", "'東海' is Seoul's term")]
    [InlineData("ja", "福島第一原発の汚染水の放出が始まった。", "'汚染水' is Seoul's term")]
    [InlineData("ja", "福島第一原発の処理水の放出が始まった。", "'処理水' is Tokyo's term")]
    public void Check_OtherSidesNameInOurOwnVoice_IsReported(string lang, string text, string fragment)
    {
        var problems = TranslatedFieldChecks.Run(NamingPolicy.Check, lang, text);

        Assert.Contains(problems, p => p.Line == 7 && p.Message.Contains(fragment, StringComparison.Ordinal));
    }
}
