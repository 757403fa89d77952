using Bot.Infrastructure.Knowledge.Localization;

namespace Bot.Infrastructure.Tests.Knowledge;

public sealed class ScriptCheckTests
{
    [Theory]
    [InlineData("ko", "한국 정부는 이를 거부했다.", "")]
    [InlineData("ko", "GSOMIA(지소미아)는 2016년 체결됐다.", "")]
    [InlineData("ko", "시마네현은 ‘다케시마의 날’(竹島の日)을 정했다.", "")]
    [InlineData("ko", "동도와 서도(東島/西島)로 이루어져 있다.", "")]
    [InlineData("ko", "일본어 읽기는 イ・ジェミョン이다.", "Japanese reading: イ・ジェミョン.")]
    [InlineData("ko", "조현(趙顯)의 한자 표기는 趙顯도 쓰인다.", "Also written 趙顯.")]
    [InlineData("ja", "日本政府は、同島は日本固有の領土であるとしている。", "")]
    [InlineData("ja", "竹島（韓国名：独島／독도）は島々である。", "")]
    [InlineData("ja", "韓国では「日本軍慰安婦」（일본군 위안부）という用語が使われる。", "")]
    [InlineData("ja", "일본해（イルボンヘ）は「日本海」の韓国語表記である。", "Ilbonhae (일본해) is the Korean rendering.")]
    public void Check_RightScriptOrACitedTerm_Passes(string lang, string text, string english)
    {
        Assert.Empty(TranslatedFieldChecks.Run(ScriptCheck.Check, lang, text, english));
    }

    [Theory]
    [InlineData("ja", "靖国神社参拝")]
    [InlineData("ja", "GSOMIA（日韓秘密軍事情報保護協定）")]
    [InlineData("ko", "지소미아")]
    public void Check_TitleInKanjiOrHangulOnly_Passes(string lang, string title)
    {
        Assert.Empty(TranslatedFieldChecks.Run(f => ScriptCheck.Check(f), lang, title, heading: true));
    }

    [Theory]
    [InlineData("ko", "The islets are administered by Korea.", "a Korean text must be written in Hangul")]
    [InlineData("ko", "韓国政府はこれを拒否した。", "a Korean text must be written in Hangul")]
    [InlineData("ko", "한국 정부는 これを 거부했다.", "'これを' is Japanese kana in a Korean text")]
    [InlineData("ko", "한국 정부는 日本 정부에 항의했다.", "'日本' is hanja in a Korean text")]
    [InlineData("ko", "한국 정부는 항의했다 (竹島の日).", "'竹島の日' is Japanese kana")]
    [InlineData("ja", "靖国神社参拝問題", "a Japanese text must be written in Japanese (kana)")]
    [InlineData("ja", "한국 정부는 이를 거부했다.", "a Japanese text must be written in Japanese; this is Korean")]
    [InlineData("ja", "韓国政府は독도を自国領としている。", "'독도' is Hangul in a Japanese text")]
    [InlineData("ja", "The islets are administered by Korea.", "(kana); this has none")]
    public void Check_WrongScript_IsReported(string lang, string text, string fragment)
    {
        var problems = TranslatedFieldChecks.Run(ScriptCheck.Check, lang, text);

        Assert.Contains(problems, p => p.Line == 7 && p.Message.Contains(fragment, StringComparison.Ordinal));
    }
}
