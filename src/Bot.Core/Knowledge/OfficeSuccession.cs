namespace Bot.Core.Knowledge;

/// <summary>
/// Who held an office right after (or before) someone, from the glossary's terms of office. The glossary does not list
/// every holder (Roh Moo-hyun, Suga Yoshihide, Abe's first term are missing), so <see cref="Contiguous"/> says whether one
/// term really ends where the next begins: only then is "X was succeeded by Y" a fact the sources state.
/// </summary>
public static class OfficeSuccession
{
    /// <summary>The holder of <paramref name="person"/>'s office whose term began next after (or last before) theirs.</summary>
    public static GlossaryTerm? Adjacent(IEnumerable<GlossaryTerm> holders, GlossaryTerm person, bool after)
    {
        if (person.InOfficeFrom is not { } from)
        {
            return null;
        }

        var dated = holders.Where(h => h.Office == person.Office && h.InOfficeFrom is not null && h.Id != person.Id);
        return after
            ? dated.Where(h => h.InOfficeFrom!.Value.Start >= from.Start).OrderBy(h => h.InOfficeFrom!.Value.Start).FirstOrDefault()
            : dated.Where(h => h.InOfficeFrom!.Value.Start < from.Start).OrderByDescending(h => h.InOfficeFrom!.Value.Start).FirstOrDefault();
    }

    /// <summary>A gap between exact dates that is still one succession: an acting holder between an impeachment and the
    /// next inauguration (Yoon removed 4 April 2025, Lee inaugurated 4 June 2025) is not a holder of the office.</summary>
    private const int ActingGapDays = 92;

    /// <summary>
    /// True when <paramref name="earlier"/>'s term ends where <paramref name="later"/>'s begins: within
    /// <see cref="ActingGapDays"/> for exact dates, or in the same month or year when a date is known only that far
    /// ("2013" → "2013"). "2020" → "2021" is not: someone may have served in between (Suga did).
    /// </summary>
    public static bool Contiguous(GlossaryTerm earlier, GlossaryTerm later) =>
        earlier.InOfficeTo is { } end && later.InOfficeFrom is { } start && start.End >= end.Start
        && start.Start <= (end.Day is not null && start.Day is not null ? end.End.AddDays(ActingGapDays) : end.End);
}
