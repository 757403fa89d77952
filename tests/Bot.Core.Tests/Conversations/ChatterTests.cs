using Bot.Core.Conversations;

namespace Bot.Core.Tests.Conversations;

public sealed class ChatterTests
{
    [Theory]
    [InlineData("thanks!", ChatterKind.Thanks)]
    [InlineData("Thank you so much 🙏", ChatterKind.Thanks)]
    [InlineData("thx", ChatterKind.Thanks)]
    [InlineData("cheers, much appreciated", ChatterKind.Thanks)]
    [InlineData("감사합니다!", ChatterKind.Thanks)]
    [InlineData("ありがとうございます", ChatterKind.Thanks)]
    [InlineData("lol", ChatterKind.Chatter)]
    [InlineData("ok", ChatterKind.Chatter)]
    [InlineData("haha nice", ChatterKind.Chatter)]
    [InlineData("👍", ChatterKind.Chatter)]
    [InlineData("🙏🙏🙏", ChatterKind.Chatter)]
    [InlineData("", ChatterKind.Chatter)]
    [InlineData("   ", ChatterKind.Chatter)]
    [InlineData("ㅋㅋㅋ", ChatterKind.Chatter)]
    [InlineData("and the year after that?", ChatterKind.Question)]
    [InlineData("thanks, and what about 2020?", ChatterKind.Question)]
    [InlineData("what is GSOMIA?", ChatterKind.Question)]
    [InlineData("2019", ChatterKind.Question)]
    [InlineData("ok so what happened in 2019", ChatterKind.Question)]
    [InlineData("독도는 누구 땅이야?", ChatterKind.Question)]
    public void Classify_Phrasings(string text, ChatterKind expected) => Assert.Equal(expected, Chatter.Classify(text));
}
