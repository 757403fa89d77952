namespace Bot.Adapters.Discord.Rendering;

/// <summary>Counts what one embed has used of Discord's 6,000-character total, so every later part is cut to what is left.</summary>
internal sealed class EmbedBudget(int total)
{
    public int Remaining { get; private set; } = total;

    /// <summary>Spends the text's length and returns it (callers cut it to <see cref="Remaining"/> first).</summary>
    public string Spend(string text)
    {
        if (text.Length > Remaining)
        {
            throw new InvalidOperationException($"{text.Length} characters do not fit the {Remaining} left in the embed.");
        }

        Remaining -= text.Length;
        return text;
    }

    public EmbedField Spend(EmbedField field)
    {
        Spend(field.Name);
        Spend(field.Value);
        return field;
    }
}
