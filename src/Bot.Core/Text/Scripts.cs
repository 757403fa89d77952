namespace Bot.Core.Text;

/// <summary>Which writing system a character belongs to, for telling Korean from Japanese text.</summary>
public static class Scripts
{
    /// <summary>Hangul syllables and jamo.</summary>
    public static bool IsHangul(char ch) =>
        ch is (>= '\uac00' and <= '\ud7a3') or (>= '\u1100' and <= '\u11ff') or (>= '\u3130' and <= '\u318f');

    /// <summary>
    /// Hiragana and katakana letters (full and half width). The middle dot ・ and the long-vowel mark ー are not
    /// letters: Korean text may borrow the dot as punctuation.
    /// </summary>
    public static bool IsKana(char ch) =>
        ch is (>= '\u3041' and <= '\u3096') or (>= '\u30a1' and <= '\u30fa') or (>= '\u31f0' and <= '\u31ff')
            or (>= '\uff66' and <= '\uff9d');

    /// <summary>CJK ideographs (kanji, hanja).</summary>
    public static bool IsHan(char ch) =>
        ch is (>= '\u4e00' and <= '\u9fff') or (>= '\u3400' and <= '\u4dbf') or (>= '\uf900' and <= '\ufaff');
}
