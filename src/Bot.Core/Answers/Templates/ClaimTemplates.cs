namespace Bot.Core.Answers.Templates;

/// <summary>
/// The verdict lines of a claim check ("Park signed GSOMIA, didn't she?") in one language: the frame (yes, not what my
/// sources say, can't confirm, contested) and the notes that say which figure, vote, year, place or person settled it.
/// </summary>
public sealed record ClaimTemplates
{
    public required string YesTitle { get; init; }
    public required Func<string, string> Yes { get; init; }
    public required string NoTitle { get; init; }
    public required Func<string, string> No { get; init; }
    public required string CantConfirm { get; init; }
    public required Func<string, string> ContestedTitle { get; init; }
    public required string Contested { get; init; }

    /// <summary>Between two notes in one verdict.</summary>
    public required string NoteSeparator { get; init; }

    public required Func<string, string> FigureRight { get; init; }

    /// <summary>(the figure the sources give, the figure claimed).</summary>
    public required Func<string, string, string> FigureWrong { get; init; }

    public required Func<string, string> VoteRight { get; init; }

    /// <summary>A tally as a score in the reader's words ("8–0", "8대 0", "8対0"), however the source words it.</summary>
    public required Func<string, string, string> Score { get; init; }
    public required Func<string, string> YearRight { get; init; }

    /// <summary>(the event's date, the year claimed).</summary>
    public required Func<string, string, string> DateWrong { get; init; }

    /// <summary>(true when the figure is a deficit): a surplus or deficit claimed, and the sign of the figure agrees.</summary>
    public required Func<bool, string> BalanceRight { get; init; }

    /// <summary>(true when the figure is a deficit): a surplus claimed where the figure is a deficit, or the reverse.</summary>
    public required Func<bool, string> BalanceWrong { get; init; }

    public required Func<string, string> PlaceRight { get; init; }

    /// <summary>(the place the sources give, the place claimed).</summary>
    public required Func<string, string, string> PlaceWrong { get; init; }

    public required Func<string, string> PersonNamed { get; init; }

    /// <summary>(date, the person claimed, office).</summary>
    public required Func<string, string, string, string> PersonServing { get; init; }

    /// <summary>(date, the holder then, the person claimed, office).</summary>
    public required Func<string, string, string, string, string> PersonNotServing { get; init; }

    /// <summary>(the event that singles someone out, its date, the person claimed): "the first female prime minister" was another.</summary>
    public required Func<string, string, string, string> RecordedInstead { get; init; }

    /// <summary>(earlier holder, later holder, office): the later took over right after the earlier.</summary>
    public required Func<string, string, string, string> SuccessionRight { get; init; }

    /// <summary>(earlier holder, who really came next, the successor claimed, office).</summary>
    public required Func<string, string, string, string, string> SuccessorWrong { get; init; }

    /// <summary>(later holder, who really came before, the predecessor claimed, office).</summary>
    public required Func<string, string, string, string, string> PredecessorWrong { get; init; }
}
