using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>Everything read from one translation folder (knowledge/ko or knowledge/ja), keyed by the English entries.</summary>
internal sealed class LanguageTranslations(Lang lang)
{
    public Lang Lang => lang;

    public Dictionary<string, EventText> Events { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SeriesText> Series { get; } = new(StringComparer.Ordinal);

    /// <summary>The notes of points, alternatives and gaps, by the English <see cref="StatPoint"/>, <see cref="StatAlternative"/> or <see cref="StatGap"/>.</summary>
    public Dictionary<object, string> Notes { get; } = new(ReferenceEqualityComparer.Instance);

    public Dictionary<string, TermText> Terms { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, FaqText> Faqs { get; } = new(StringComparer.Ordinal);

    /// <summary>Every text read, next to its English, for the checks.</summary>
    public List<TranslatedField> Fields { get; } = [];
}
