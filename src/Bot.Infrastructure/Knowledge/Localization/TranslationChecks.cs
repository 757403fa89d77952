namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>The checks every translated text passes: its figures, its script, and the naming policy.</summary>
internal static class TranslationChecks
{
    public static void Check(TranslatedField field)
    {
        if (field.CompareFigures)
        {
            Figures(field);
        }

        ScriptCheck.Check(field);
        NamingPolicy.Check(field);
    }

    private static void Figures(TranslatedField field)
    {
        var (missing, added) = FigureCheck.Compare(field.English, field.Text, field.Lang, field.AllowedFigures);
        if (missing.Count > 0)
        {
            field.Report($"figures of the English are missing from the translation: {Describe(missing)} (write every figure, year and date with the English value)");
        }

        if (added.Count > 0)
        {
            field.Report($"figures that are not in the English: {Describe(added)} (a translation adds no figure and never rounds differently; "
                + "a deliberate one is justified with a 'figures:' comment, see knowledge/README.md)", added[0].Snippet);
        }
    }

    private static string Describe(IEnumerable<FoundFigure> figures) =>
        string.Join(", ", figures.Select(f => f.Snippet == f.Figure.ToString() ? $"'{f.Snippet}'" : $"'{f.Snippet}' ({f.Figure})"));
}
