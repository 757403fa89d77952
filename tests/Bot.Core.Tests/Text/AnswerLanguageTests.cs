using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public sealed class AnswerLanguageTests
{
    [Theory]
    // The script decides.
    [InlineData("한일기본조약 언제 서명됐어?", Lang.Ko, LanguageReason.Script)]
    [InlineData("日韓基本条約はいつ署名されましたか？", Lang.Ja, LanguageReason.Script)]
    [InlineData("When was the 1965 treaty signed?", Lang.En, LanguageReason.Script)]
    // A Japanese question of kanji and particles only.
    [InlineData("竹島問題は何", Lang.Ja, LanguageReason.Script)]
    [InlineData("日韓請求権協定", Lang.Ja, LanguageReason.Script)]
    // Mixed script: the script with more letters decides; a quoted name in the other does not.
    [InlineData("竹島(独島)は韓国では독도と呼ばれますか", Lang.Ja, LanguageReason.Script)]
    [InlineData("독도를 일본은 竹島라고 부르나요?", Lang.Ko, LanguageReason.Script)]
    [InlineData("What does 독도 mean?", Lang.En, LanguageReason.Script)]
    [InlineData("GSOMIA 종료 언제?", Lang.Ko, LanguageReason.Script)]
    // Requests override the script.
    [InlineData("독도 문제 in English please", Lang.En, LanguageReason.Requested)]
    [InlineData("독도 문제 영어로 설명해 줘", Lang.En, LanguageReason.Requested)]
    [InlineData("竹島について英語で教えて", Lang.En, LanguageReason.Requested)]
    [InlineData("What is GSOMIA? 한국어로", Lang.Ko, LanguageReason.Requested)]
    [InlineData("tell me about the 1965 treaty 日本語で", Lang.Ja, LanguageReason.Requested)]
    [InlineData("Answer in Japanese: when was GSOMIA ended?", Lang.Ja, LanguageReason.Requested)]
    // Asking what something is called in a language is not a request.
    [InlineData("What is Dokdo called in Japanese?", Lang.En, LanguageReason.Script)]
    [InlineData("How do you write 'shuttle diplomacy' in Korean?", Lang.En, LanguageReason.Script)]
    [InlineData("tell me what Dokdo is called in Japanese", Lang.En, LanguageReason.Script)]
    [InlineData("explain GSOMIA in Korean", Lang.Ko, LanguageReason.Requested)]
    [InlineData("독도는 일본어로 뭐라고 해?", Lang.Ko, LanguageReason.Script)]
    [InlineData("竹島の英語での名称は？", Lang.Ja, LanguageReason.Script)]
    // Text that decides nothing: English without a hint.
    [InlineData("GSOMIA?", Lang.En, LanguageReason.Default)]
    [InlineData("2019", Lang.En, LanguageReason.Default)]
    [InlineData("hanil gwangye", Lang.En, LanguageReason.Default)]
    [InlineData("", Lang.En, LanguageReason.Default)]
    // Languages the bot does not speak.
    [InlineData("日韩关系怎么样", Lang.En, LanguageReason.Unsupported)]
    [InlineData("日韓關係如何", Lang.En, LanguageReason.Unsupported)]
    [InlineData("¿Qué pasó entre Japón y Corea en 2019?", Lang.En, LanguageReason.Unsupported)]
    [InlineData("relaciones entre Japon y Corea del Sur", Lang.En, LanguageReason.Unsupported)]
    [InlineData("Что случилось в 2019 году?", Lang.En, LanguageReason.Unsupported)]
    public void Detect_WithoutHint(string text, Lang expected, LanguageReason reason) =>
        Assert.Equal(new LanguageChoice(expected, reason), AnswerLanguage.Detect(text));

    [Theory]
    [InlineData("GSOMIA?", Lang.Ko, Lang.Ko, LanguageReason.Hint)]
    [InlineData("2019", Lang.Ja, Lang.Ja, LanguageReason.Hint)]
    [InlineData("hanil gwangye", Lang.Ko, Lang.Ko, LanguageReason.Hint)]
    // The script beats the hint; so does a request.
    [InlineData("2019년은?", Lang.Ja, Lang.Ko, LanguageReason.Script)]
    [InlineData("and in 2020?", Lang.Ko, Lang.En, LanguageReason.Script)]
    [InlineData("in English please", Lang.Ja, Lang.En, LanguageReason.Requested)]
    // A language the bot does not speak is answered in English whatever the hint.
    [InlineData("日韩关系怎么样", Lang.Ja, Lang.En, LanguageReason.Unsupported)]
    public void Detect_WithHint(string text, Lang hint, Lang expected, LanguageReason reason) =>
        Assert.Equal(new LanguageChoice(expected, reason), AnswerLanguage.Detect(text, hint));
}
