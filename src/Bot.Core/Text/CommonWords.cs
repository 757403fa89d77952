namespace Bot.Core.Text;

/// <summary>Words that carry no topic: never spell-corrected and never enough to match an entry alone.</summary>
public static class CommonWords
{
    public static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "as",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "doing", "have", "has", "had",
        "what", "whats", "when", "where", "which", "who", "whom", "whose", "why", "how", "that", "this", "these", "those",
        "it", "its", "i", "me", "my", "we", "our", "you", "your", "u", "ur", "they", "them", "their", "he", "she", "his", "her",
        "can", "could", "would", "should", "will", "shall", "may", "might", "must", "please", "pls", "plz", "tell", "explain",
        "know", "show", "give", "get", "got", "put", "puts", "any", "some", "there", "here", "so", "than", "then", "also", "just", "really",
        "much", "many", "more", "most", "very", "all", "each", "every", "between", "after", "before", "since", "until", "during",
        "over", "under", "into", "out", "up", "down", "again", "year", "years", "yr", "yrs", "happen", "happened", "happening",
        "hey", "hi", "hello", "ok", "okay", "thanks", "thank", "lol", "like", "did", "dont", "not", "no", "yes", "yeah",
        "think", "thing", "things", "stuff", "say", "said", "says", "mean", "means", "meant", "something", "anything",
        "japan", "korea", "korean", "koreans", "japanese", "south", "relations", "relation", "ties", "between", "country",
        "countries", "two", "both", "people", "person", "share", "percent", "percentage", "number", "figure",
        "figures", "rate", "total", "amount", "data", "stats", "statistics", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "anything", "actually", "s", "vs", "versus", "rok", "sk", "jp", "kr",
    };

    /// <summary>Frequent English words that look like typos of topic words but are not.</summary>
    public static readonly HashSet<string> NeverCorrect = new(StringComparer.Ordinal)
    {
        "where", "there", "these", "those", "would", "could", "should", "which", "while", "whole", "other", "others",
        "about", "after", "again", "being", "below", "every", "first", "found", "great", "group", "house", "large",
        "later", "least", "never", "often", "order", "place", "point", "right", "since", "small", "state", "still",
        "think", "three", "today", "under", "until", "water", "weather", "world", "write", "years", "happen", "happened",
        "latest", "recent", "recently", "change", "changed", "compare", "between", "highest", "lowest", "biggest", "shrink",
        "shrank", "shrunk", "shrinking",
        "record", "people", "explain", "please", "number", "numbers", "figure", "figures", "before", "during",
        "korean", "koreans", "japanese", "korea's", "japan's", "current", "currently", "called", "spell", "means",
        "recipe", "python", "football", "soccer", "bitcoin", "stock", "stocks", "movie", "movies", "music", "weather",
    };
}
