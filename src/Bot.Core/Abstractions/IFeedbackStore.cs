namespace Bot.Core.Abstractions;
/// <summary>Stores 👍/👎 votes on answers: one vote per user per answer, the last vote wins.</summary>
public interface IFeedbackStore
{
    void Record(string platform, string answerId, string userId, bool helpful);
    (int Helpful, int NotHelpful) Totals(string answerId);
}
