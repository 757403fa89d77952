using Bot.Core.Knowledge;
using Bot.Infrastructure.Knowledge.Localization;

namespace Bot.Infrastructure.Tests.Knowledge;

/// <summary>
/// The bot's own Korean and Japanese figures pass the same value check as the curators' translations: every unit,
/// written in each language, states exactly the English figure.
/// </summary>
public sealed class LocalizedFigureAgreementTests
{
    public static TheoryData<StatUnit, double, string> Rows()
    {
        var rows = new TheoryData<StatUnit, double, string>();
        var values = new Dictionary<StatUnit, double[]>
        {
            [StatUnit.UsdBillion] = [68.3, 47.58, 25.09, 604.6, 1250.5, 0.25],
            [StatUnit.UsdMillion] = [66.86, 0.5, 1234.5],
            [StatUnit.YenTrillion] = [5.2688, 1.2],
            [StatUnit.YenBillion] = [1, 278.2],
            [StatUnit.WonMillion] = [100, 2.5],
            [StatUnit.People] = [9459600, 409238, 2316000, 10000, 16000000],
            [StatUnit.Percent] = [37.4, 5.6, 100],
        };
        foreach (var (unit, list) in values)
        {
            foreach (var v in list)
            {
                rows.Add(unit, v, "ko");
                rows.Add(unit, v, "ja");
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Format_Translated_StatesTheEnglishFigure(StatUnit unit, double value, string code)
    {
        Assert.True(Langs.TryParse(code, out var lang));
        // The English adds the rounded size of a large count ("9,459,600 people (9.46 million)"); the exact count must agree.
        var rounded = new HashSet<decimal> { Math.Round((decimal)value / 1_000_000m, 2) * 1_000_000m };
        var (missing, added) = FigureCheck.Compare(unit.Format(value), unit.Format(value, lang), lang, rounded);
        Assert.True(missing.Count == 0 && added.Count == 0,
            $"{unit.Format(value)} vs {unit.Format(value, lang)}: missing [{string.Join(", ", missing.Select(f => f.Snippet))}], added [{string.Join(", ", added.Select(f => f.Snippet))}]");
    }
}
