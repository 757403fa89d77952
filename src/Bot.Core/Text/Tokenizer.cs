namespace Bot.Core.Text;

/// <summary>Splits folded text into Latin-script words; CJK runs are kept out (they are matched by substring).</summary>
public static class Tokenizer
{
    public static IReadOnlyList<string> Words(string folded)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var ch = i < folded.Length ? folded[i] : ' ';
            var isWordChar = char.IsLetterOrDigit(ch) && !TextNormalizer.IsCjk(ch);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                var word = folded[start..i];
                // "korea's" → "korea": possessives carry no meaning for matching.
                if (ch == '\'' && i + 1 < folded.Length && folded[i + 1] == 's'
                    && (i + 2 >= folded.Length || !char.IsLetterOrDigit(folded[i + 2])))
                {
                    i++;
                }

                words.Add(word);
                start = -1;
            }
        }

        return words;
    }
}
