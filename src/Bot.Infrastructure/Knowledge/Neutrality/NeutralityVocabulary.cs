using System.Text.RegularExpressions;

namespace Bot.Infrastructure.Knowledge.Neutrality;

/// <summary>
/// The words the neutrality lint looks for, in one place. Curators extend these lists when an audit finds a new
/// loaded word; each list says what makes a word acceptable.
/// </summary>
internal static partial class NeutralityVocabulary
{
    /// <summary>
    /// Loaded in the bot's own voice even when a government is named ("Japan insists…"): the verb or adjective is
    /// our framing, not theirs. Acceptable only inside a quotation.
    /// </summary>
    [GeneratedRegex(@"\b(insists?|insisted|insisting|hollow|so-called|notorious(ly)?|infamous(ly)?|shameful(ly)?|outrageous(ly)?|brazen(ly)?|whitewash(es|ed|ing)?|propaganda|rightful(ly)?|undeniabl[ey]|indisputabl[ey]|conced(es|ed))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex AlwaysLoaded();

    /// <summary>
    /// One side's characterisation: fine when the sentence attributes it ("Tokyo says… illegal occupation") or
    /// quotes it, loaded when the bot states it.
    /// </summary>
    [GeneratedRegex(@"\b(illegal(ly)? occup(y|ying|ied|ies|ation)|sex(ual)? slave(s|ry)?|retaliat(e|ed|ion|ory)|revisionis[mt]|distort(s|ed|ing|ion)?|inherent (part of the )?territory|forced to work|against their will|aggression)\b|성노예|불법\s*점거|왜곡|性奴隷|不法占拠|歪曲", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NeedsAttribution();

    /// <summary>
    /// Verdicts that a "why it matters" line must not pass on a contested matter (it may report that a side
    /// called something so, with attribution).
    /// </summary>
    [GeneratedRegex(@"\b(hollow|fail(ed|ure)?|betray(al|ed)?|mistakes?|wrong(ly)?|rightly|unjust(ly)?|unjustified|justified|unfair(ly)?|illegal(ly)?|illegitimate|legitimate|invalid|humiliat(ing|ion)|victory|triumph|disgrace(ful)?|shameful|courageous|deplorable|sham|meaningless|farce|empty|vindicat(ed|ion)|proved)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Judgement();

    /// <summary>A sentence that reports what someone says rather than saying it: the words of attribution.</summary>
    [GeneratedRegex(@"\b(says?|said|saying|calls?|called|describes?|described|argues?|argued|maintains?|maintained|accuses?|accused|according to|regards?|regarded|considers?|considered|views?|viewed|sees|saw|claims|claimed|protest(s|ed)?|denounce[sd]?|condemn(s|ed)?|criticis(es|ed)|criticiz(es|ed)|term(s|ed)?|labell?ed|dubbed|reports|reported|alleg(es|ed)|asserts?|asserted|position|account|in .{1,30}'s view|wording|objects?|objected|rejects?|rejected|denies|denied|disputes?|disputed|holds|held that|ruled|found that|verdict|portray(s|ed)?|charged?s? that|apologi[sz](e|es|ed|ing)|statement)\b|라고|주장|밝혔|によると|と主張|と述べ|としている", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Attribution();
}
