namespace Bot.Core.Knowledge;

/// <summary>
/// An entry's text in the languages it is translated into; the English text lives on the entry itself. Immutable, and
/// equal to another holding the same texts, so records that carry it keep their value equality.
/// </summary>
public sealed class Translations<T> : IEquatable<Translations<T>>
    where T : class
{
    private readonly Dictionary<Lang, T> _byLang;

    public Translations(IEnumerable<KeyValuePair<Lang, T>> byLang)
    {
        // English is never a translation: the entry's own fields are the English text.
        _byLang = byLang.Where(kv => kv.Key != Lang.En).ToDictionary(kv => kv.Key, kv => kv.Value);
    }

#pragma warning disable CA1000 // The empty value belongs on its type: entries default to Translations<EventText>.None.
    public static Translations<T> None { get; } = new([]);
#pragma warning restore CA1000

    /// <summary>The translated languages present, in <see cref="Langs.Translated"/> order.</summary>
    public IEnumerable<Lang> Languages => Langs.Translated.Where(_byLang.ContainsKey);

    public bool Has(Lang lang) => _byLang.ContainsKey(lang);

    /// <summary>The translation into <paramref name="lang"/>, or null when there is none (always null for English).</summary>
    public T? In(Lang lang) => _byLang.GetValueOrDefault(lang);

    /// <summary>The translation into <paramref name="lang"/>, or <paramref name="english"/> when there is none.</summary>
    public T Or(Lang lang, T english) => In(lang) ?? english;

    public bool Equals(Translations<T>? other) =>
        other is not null && other._byLang.Count == _byLang.Count
        && _byLang.All(kv => other._byLang.TryGetValue(kv.Key, out var o) && EqualityComparer<T>.Default.Equals(kv.Value, o));

    public override bool Equals(object? obj) => Equals(obj as Translations<T>);

    public override int GetHashCode() => _byLang.Count == 0 ? 0 : HashCode.Combine(_byLang.Count, _byLang.Keys.Min());
}
