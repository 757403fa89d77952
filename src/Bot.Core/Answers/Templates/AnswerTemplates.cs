using Bot.Core.Knowledge;

namespace Bot.Core.Answers.Templates;

/// <summary>
/// Every fixed string of an answer in one language: the frame (sources heading, as-of line, suggestions), declines,
/// clarifications, help and the sentences composers build around the knowledge's own text. One instance per language,
/// each in its own file (<see cref="EnglishTemplates"/>, <see cref="KoreanTemplates"/>, <see cref="JapaneseTemplates"/>),
/// so a language's wording is read and reviewed in one place. Figures and dates are written by the unit and date types.
/// </summary>
public sealed class AnswerTemplates
{
    public static AnswerTemplates For(Lang lang) => lang switch
    {
        Lang.Ko => KoreanTemplates.Text,
        Lang.Ja => JapaneseTemplates.Text,
        _ => EnglishTemplates.Text,
    };

    public required Lang Lang { get; init; }

    // The frame every answer shares, as labels for the platforms' fields and footers…
    public required string SourcesLabel { get; init; }
    public required string AlsoAskLabel { get; init; }
    public required Func<string, string> KnowledgeAsOfNote { get; init; }

    /// <summary>":" — full width "：" in Japanese, which takes no space after it.</summary>
    public required string Colon { get; init; }

    // …and as lines of the plain-text answer (AnswerText).
    public string SourcesHeading => SourcesLabel + Colon;

    public string YouCouldAlsoAsk => AlsoAskLabel + Colon + (Colon == ":" ? " " : "");

    public string KnowledgeAsOf(string date) => KnowledgeAsOfNote(date) + FullStop;

    // Sentences many answers share.
    public required Func<string, string> AsOfLine { get; init; }
    public required Func<string, string, string> EndsBefore { get; init; }
    /// <summary>The words of <see cref="EndsBefore"/> that show an answer already says where the knowledge ends.</summary>
    public required string EndsMarker { get; init; }
    public required string Coverage { get; init; }
    public required IReadOnlyList<string> ExampleQuestions { get; init; }
    public required string WeakSource { get; init; }
    public required string Derived { get; init; }
    public required string SourcesDiffer { get; init; }

    /// <summary>Which languages the bot answers in: said when a question came in another language.</summary>
    public required string LanguagesSpoken { get; init; }

    /// <summary>Said once when a text has no translation and the English is shown ("" in English).</summary>
    public required string Untranslated { get; init; }

    // Clarify.
    public required string EmptyTitle { get; init; }
    public required string EmptyBody { get; init; }
    /// <summary>The free-form "I don't know": its title, its first line, and the lead-ins of the figures held and the closest topics.</summary>
    public required string DontKnowTitle { get; init; }
    public required string DontKnowBody { get; init; }
    public required string FiguresHeld { get; init; }
    public required string ClosestTopicsCovered { get; init; }

    /// <summary>
    /// The statistics' categories (knowledge/README.md: trade, investment, visitors, residents, opinion, other) as a reader
    /// sees them, by key; every list of figures by category names them through <see cref="CategoryName"/>.
    /// </summary>
    public required IReadOnlyDictionary<string, string> CategoryNames { get; init; }

    /// <summary>A category's display name; the key itself for one this version does not name.</summary>
    public string CategoryName(string category) => CategoryNames.TryGetValue(category, out var name) ? name : category;
    public required string NotSureTitle { get; init; }
    public required string NotSureBody { get; init; }
    public required string RephraseTitle { get; init; }
    public required string RephraseBody { get; init; }

    /// <summary>A lone everyday word ("trade", "war") that one of our topics uses: which side of it is meant, with the topic.</summary>
    public required string BareWordTitle { get; init; }

    public required Func<string, string> BareWord { get; init; }
    public required string FollowUpTitle { get; init; }
    public required string FollowUpBody { get; init; }

    /// <summary>A bare "and?" inside a thread: ask what comes next rather than guess.</summary>
    public required string FollowUpNextBody { get; init; }

    /// <summary>More questions in one message than are answered: (asked, answered).</summary>
    public required Func<int, int, string> UnansweredParts { get; init; }

    // Declines: title and reason.
    public required (string Title, string Reason) OutsideScope { get; init; }
    public required (string Title, string Reason) Hateful { get; init; }
    public required (string Title, string Reason) MassPing { get; init; }
    public required (string Title, string Reason) Markup { get; init; }
    public required (string Title, string Reason) Manipulation { get; init; }
    public required string CantPredictTitle { get; init; }
    public required Func<string, string> CantPredict { get; init; }
    public required string LatestRelatedFacts { get; init; }
    public required string ClosestHeld { get; init; }
    public required string ThatPeriod { get; init; }

    // Help: title, and the body from the knowledge's counts (series, events, first year, last year, topics, names, sources).
    public required string HelpTitle { get; init; }
    public required Func<HelpCounts, string> HelpHolds { get; init; }
    public required string HelpPromise { get; init; }
    public required string Try { get; init; }

    // The catalogue ("what statistics do you have?"): title, the lead-in with the number of series, a category heading,
    // one series with its years, and example questions about figures.
    public required string CatalogueTitle { get; init; }
    public required Func<int, string> CatalogueIntro { get; init; }
    public required Func<string, string> CatalogueHeading { get; init; }
    public required Func<string, string, string> CatalogueEntry { get; init; }
    public required IReadOnlyList<string> CatalogueExamples { get; init; }

    // Timeline.
    public required string WhyItMatters { get; init; }
    public required string DateLabel { get; init; }
    public required Func<string, string> WhatHappenedIn { get; init; }
    public required Func<string, string> TellMeAbout { get; init; }
    public required string ContestedNoSides { get; init; }
    /// <summary>After a free-form answer that quotes both governments' positions.</summary>
    public required string PositionsNotFindings { get; init; }
    public required string ClosestEvent { get; init; }
    public required string EventWeakSource { get; init; }
    public required string EventSourcesDiffer { get; init; }
    public required Func<int, string> MatchingEvents { get; init; }
    /// <summary>"How many times…?": the count of the timeline's events, as the title of the list counted.</summary>
    public required Func<int, string> CountedEvents { get; init; }
    public required string CountedFromTimeline { get; init; }
    public required Func<string, string> EventsTitle { get; init; }
    public required Func<string, string> EventsIn { get; init; }
    public required string WhatHappenedRecently { get; init; }
    public required Func<string, string, string> NothingAbout { get; init; }
    public required Func<string, string> NoEvents { get; init; }
    public required string Nearest { get; init; }
    public required Func<int, string> AndMore { get; init; }
    public required string AnythingLater { get; init; }
    public required string MostRecentEvents { get; init; }
    public required string AnythingAfterThat { get; init; }
    public required Func<string, string> UpTo { get; init; }
    public required Func<string, string> Since { get; init; }
    public required Func<int, int, string> YearSpan { get; init; }

    // Statistics.
    /// <summary>The sentence end: "." in English and Korean, "。" in Japanese.</summary>
    public required string FullStop { get; init; }
    public required Func<string, string, string, string> PointFigure { get; init; }
    public required Func<string, string, string, string> LatestFigure { get; init; }
    public required Func<string, string, string> NoVerifiedFigure { get; init; }
    public required string NearestYears { get; init; }
    public required string YearsHeld { get; init; }
    public required string NotVerifiable { get; init; }
    public required string Latest { get; init; }
    public required string NoFigure { get; init; }
    public required Func<string, string> AlsoInMySources { get; init; }
    public required Func<string, string, string> ShareOf { get; init; }
    public required Func<string, string, string> NameInYear { get; init; }
    public required Func<int?, int?, string> RangeSpan { get; init; }
    public required Func<string, string, string> NoFiguresIn { get; init; }
    public required Func<int, string> MoreFigures { get; init; }
    public required string Highest { get; init; }
    public required string Lowest { get; init; }
    public required string HighestSmallestDeficit { get; init; }
    public required string LowestLargestDeficit { get; init; }
    public required Func<string, string, string, string, string, string> ExtremeFigure { get; init; }
    public required Func<int, string> ComparesOnly { get; init; }
    public required string MissingYears { get; init; }
    public required Func<string, string, string> FigureIn { get; init; }
    public required string ChangeLabel { get; init; }
    public required string MyArithmetic { get; init; }
    /// <summary>(larger, smaller, ratio): "2024 is about 4.9 times 2016", followed by <see cref="MyArithmetic"/>.</summary>
    public required Func<string, string, string, string> TimesAs { get; init; }
    /// <summary>(value, label): the sum of the series named, followed by <see cref="MyArithmetic"/>.</summary>
    public required Func<string, string, string> Together { get; init; }
    /// <summary>(label): which of two figures is larger.</summary>
    public required Func<string, string> LargerIn { get; init; }
    public required Func<string, string, string> PeriodTo { get; init; }
    public required Func<string, string> AnotherSource { get; init; }
    public required Func<string, string> AndIn { get; init; }
    public required Func<string, string> WhenPeak { get; init; }

    /// <summary>A comparison of two to four series: its title from their names, one line per series (name, figures).</summary>
    public required Func<IReadOnlyList<string>, string> ComparisonTitle { get; init; }
    public required Func<string, string, string> ComparisonLine { get; init; }

    /// <summary>In a comparison line: no figure held for the years asked (none: a period with no figure in it).</summary>
    public required Func<IReadOnlyList<int>, string> NoVerifiedFigureFor { get; init; }

    /// <summary>A figure's label after a name: "Exports (2019)", full-width brackets in Japanese.</summary>
    public required Func<string, string, string> NameWithLabel { get; init; }

    /// <summary>A note in brackets after a figure (" (note)", "（note）"), before <see cref="FullStop"/>.</summary>
    public required Func<string, string> Aside { get; init; }

    // "Lowest in how many years?": (how it compares, the earlier year, its value, years between), or no such year (the years held).
    public required string AsLow { get; init; }
    public required string AsHigh { get; init; }
    public required string AsSmallADeficit { get; init; }
    public required Func<string, string, string, int, string> LastAsThis { get; init; }
    public required Func<string, string> NoEarlierLikeIt { get; init; }
    public required string UncountedYears { get; init; }

    // "Why did it drop?": the title (name, label), the change on the year before (earlier value, earlier label, change,
    // percent), the events my sources connect to it (date, title, summary) or none.
    public required Func<string, string, string> WhyTitle { get; init; }
    public required Func<string, string, string, string, string> FromPrevious { get; init; }
    public required string ConnectedEvents { get; init; }
    public required Func<string, string, string, string> ConnectedEvent { get; init; }
    public required string NoReasonGiven { get; init; }

    /// <summary>A statistic asked for by a name I hold no series for: (the name), and the lead-in of the list of those held.</summary>
    public required Func<string, string> UnknownMetricTitle { get; init; }
    public required string UnknownMetricBody { get; init; }

    /// <summary>(part, whole, percent) and (first %, second %, difference): a sum over one event's figures.</summary>
    public required Func<string, string, string, string> ShareArithmetic { get; init; }
    public required Func<string, string, string, string> MarginArithmetic { get; init; }

    // Claim checks.
    public required ClaimTemplates Claims { get; init; }

    // Office holders.
    public required RoleTemplates Roles { get; init; }

    // Glossary: the three languages' names.
    public required (string English, string Korean, string Japanese) LanguageNames { get; init; }

    // The daily digest: every fixed string it posts (the knowledge's own texts come from its translations).
    /// <summary>The headline for a local date: "Japan–Korea daily digest · Monday 22 June 2026".</summary>
    public required Func<DateOnly, string> DigestTitle { get; init; }
    public required string OnThisDayHeading { get; init; }

    /// <summary>An anniversary today: (year, title, years since, significance).</summary>
    public required Func<int, string, int, string, string> OnThisDayLine { get; init; }

    /// <summary>The heading over the next days' anniversaries: (days).</summary>
    public required Func<int, string> UpcomingHeading { get; init; }

    /// <summary>An anniversary in the coming days: (that day, which anniversary, title, the event's year).</summary>
    public required Func<DateOnly, int, string, int, string> UpcomingLine { get; init; }
    public required string StatisticHeading { get; init; }

    /// <summary>The spotlight's latest figure: (series name, value, period, flag note).</summary>
    public required Func<string, string, string, string, string> SpotlightFigure { get; init; }

    /// <summary>Its change on the period before: (change, earlier period).</summary>
    public required Func<string, string, string> SpotlightChange { get; init; }

    /// <summary>The series' highest figure when it is not the latest: (value, period), a whole sentence.</summary>
    public required Func<string, string, string> SpotlightPeak { get; init; }
    public required string FaqSpotlightHeading { get; init; }
    public required string FaqSpotlightContested { get; init; }

    /// <summary>A question to ask about the FAQ in the spotlight.</summary>
    public required Func<string, string> AskMe { get; init; }
    public required string ChangesHeading { get; init; }

    /// <summary>One changed entry: (new rather than updated, kind of entry, what).</summary>
    public required Func<bool, string, string, string> ChangeLine { get; init; }

    /// <summary>The kinds of entry a change line names.</summary>
    public required (string Event, string Faq, string Series, string Term) ChangeKinds { get; init; }

    /// <summary>An event named with its date: (title, date).</summary>
    public required Func<string, string, string> TitleWithDate { get; init; }
    public required Func<int, string> MoreChanges { get; init; }
    public required string HeadlinesHeading { get; init; }

    /// <summary>Said under the headlines: feed items are not the bot's curated knowledge.</summary>
    public required string HeadlinesNote { get; init; }

    /// <summary>A digest with nothing to show that day.</summary>
    public required string DigestEmpty { get; init; }

    // The platforms' own words around an answer (Discord embeds and buttons, Slack blocks).
    /// <summary>The footer's word on how the reply came about: (answered, needs more detail, not answered).</summary>
    public required (string Answered, string Clarify, string Declined) OutcomeNote { get; init; }

    /// <summary>Said at the end of a digest cut to fit a platform's limits.</summary>
    public required string DigestShortened { get; init; }

    /// <summary>Said at the end of an answer cut to fit Slack's limits.</summary>
    public required string AnswerShortened { get; init; }
    public required string ContinueInThread { get; init; }
    public required string HelpfulButton { get; init; }
    public required string NotHelpfulButton { get; init; }
    public required string ShareButton { get; init; }
    public required string NoSources { get; init; }

    /// <summary>Under a cut list of sources: (how many more).</summary>
    public required Func<int, string> MoreSources { get; init; }
    public required string Failure { get; init; }
    public required string Working { get; init; }
    public required string Busy { get; init; }
    public required string NotInThisChannel { get; init; }

    /// <summary>After a vote: (helpful, not helpful).</summary>
    public required (string Helpful, string NotHelpful) VoteThanks { get; init; }
    public required string VoteNotCounted { get; init; }
    public required string FeedbackThanks { get; init; }
    public required string ButtonExpired { get; init; }
    public required string SourcesExpired { get; init; }
    public required string ShareExpired { get; init; }
    public required string AlreadyShared { get; init; }

    // Why a 👎: asked once, privately, after the vote (Discord select + modal, Slack static_select + modal).
    public required string ReasonQuestion { get; init; }
    public required string ReasonPlaceholder { get; init; }

    /// <summary>The reasons' labels in the order of <see cref="Feedback.FeedbackReasons.All"/>: wrong, outdated, not neutral, didn't answer, other.</summary>
    public required IReadOnlyList<string> ReasonLabels { get; init; }

    /// <summary>The "other" modal's title: at most 24 characters (Slack's limit for a modal title).</summary>
    public required string ReasonTextTitle { get; init; }

    /// <summary>The label over the free-text box: at most 45 characters (Discord's limit for a label).</summary>
    public required string ReasonTextLabel { get; init; }
    public required string ReasonSend { get; init; }
    public required string ReasonCancel { get; init; }
    public required string ReasonClose { get; init; }

    /// <summary>(the chosen reason's label).</summary>
    public required Func<string, string> ReasonThanks { get; init; }
    public required string ReasonVoteGone { get; init; }

    /// <summary>The label of a reason key; the key itself for one this version does not know.</summary>
    public string ReasonLabel(string reason)
    {
        var i = Feedback.FeedbackReasons.All.ToList().IndexOf(reason);
        return i >= 0 && i < ReasonLabels.Count ? ReasonLabels[i] : reason;
    }

    // "Continue in a thread" (Discord).
    public required string ThreadsOnlyInServers { get; init; }
    public required string ThreadsOff { get; init; }
    public required string ThreadName { get; init; }
    public required string ThreadNotSaid { get; init; }

    /// <summary>(the thread's mention, whether a mention is needed in each follow-up).</summary>
    public required Func<string, bool, string> ThreadStarted { get; init; }
    public required string ThreadExists { get; init; }
    public required string ThreadRefused { get; init; }

    // Slack's /jk help and the hints for a subcommand without its words: (the command, e.g. "/jk").
    public required Func<string, string> SlackHelp { get; init; }

    /// <summary>(the command, the subcommand: "stats", "timeline", "faq", or another for a bare question).</summary>
    public required Func<string, string, string> SlackHint { get; init; }

    // For the router's notices (not yet switched over: Routing/Intents/TooLongQuestion.cs and IntentRouter.SlowDown).
    public required string TooLongTitle { get; init; }

    /// <summary>(the limit, the question's length), both in characters.</summary>
    public required Func<int, int, string> TooLong { get; init; }
    public required string SlowDownTitle { get; init; }

    /// <summary>(seconds to wait).</summary>
    public required Func<int, string> SlowDown { get; init; }

    // Charts.
    /// <summary>Under a chart with empty years: (bars rather than points, the years that could not be verified or null).</summary>
    public required Func<bool, string?, string> ChartMissingYears { get; init; }

    /// <summary>After the first publishers named under a chart: (how many more).</summary>
    public required Func<int, string> AndMorePublishers { get; init; }

    /// <summary>"(weak source)", "(derived)", "(sources differ)": said next to a figure so nobody mistakes its strength.</summary>
    public string FlagNote(Flag flag) => flag switch
    {
        Flag.W => WeakSource,
        Flag.D => Derived,
        Flag.C => SourcesDiffer,
        _ => "",
    };
}

/// <summary>What the help answer counts.</summary>
public sealed record HelpCounts(int Series, int Events, int FirstYear, int LastYear, int Topics, int Names, int Sources);
