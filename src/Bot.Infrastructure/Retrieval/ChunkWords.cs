using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Retrieval;

/// <summary>
/// The few connecting words of a passage built from structured entries (a series' figures, a term's other names), per
/// language. The English ones are part of the passage hashes the embedding cache keys on: change them and every English
/// passage is embedded again.
/// </summary>
internal sealed record ChunkWords(string Figures, string ListSeparator, string FullStop, string End, string Space, Func<string, string> NoFigureFor,
    Func<GlossaryTerm, string> OtherNames)
{
    private static readonly ChunkWords English = new(", figures: ", "; ", ". ", ".", " ", years => $" No verified figure for {years}.",
        t => $"(Korean {t.Korean}, Japanese {t.Japanese})");

    private static readonly ChunkWords Korean = new(" 수치: ", "; ", ". ", ".", " ", years => $" {years}년은 검증된 수치가 없습니다.",
        t => $"(영어 {t.English}, 일본어 {t.Japanese})");

    private static readonly ChunkWords Japanese = new("、数値：", "；", "。", "。", "", years => $"{years}年は確認された数値がありません。",
        t => $"（英語 {t.English}、韓国語 {t.Korean}）");

    public static ChunkWords For(Lang lang) => lang switch
    {
        Lang.Ko => Korean,
        Lang.Ja => Japanese,
        _ => English,
    };
}
