namespace Bot.Core.Knowledge;

/// <summary>How well a fact is verified (the research notes' flags). Unverifiable claims are never entered.</summary>
public enum Flag
{
    /// <summary>Verified in at least one reputable source.</summary>
    V,

    /// <summary>Confirmed by two independent sources.</summary>
    V2,

    /// <summary>Only a weak or secondary source was found.</summary>
    W,

    /// <summary>Sources conflict; both values are given.</summary>
    C,

    /// <summary>Derived by arithmetic from verified figures.</summary>
    D,
}
