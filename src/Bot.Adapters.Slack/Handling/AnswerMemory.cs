using System.Collections.Concurrent;
using Bot.Core.Answers;

namespace Bot.Adapters.Slack.Handling;

/// <summary>
/// Recent slash-command answers by id, so "Share in channel" posts exactly what the user saw. Ephemeral messages
/// are not sent back to us with the click, and response_url expires after 30 minutes, so that is all we keep.
/// </summary>
public sealed class AnswerMemory(TimeProvider time)
{
    internal const int Capacity = 2_000;
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, (Answer Answer, DateTimeOffset At)> _answers = new(StringComparer.Ordinal);

    public void Remember(string answerId, Answer answer)
    {
        var now = time.GetUtcNow();
        _answers[answerId] = (answer, now);
        if (_answers.Count > Capacity)
        {
            foreach (var (id, _) in _answers.OrderBy(kv => kv.Value.At).Take(_answers.Count - Capacity))
            {
                _answers.TryRemove(id, out _);
            }
        }
    }

    public Answer? Recall(string answerId) =>
        _answers.TryGetValue(answerId, out var entry) && time.GetUtcNow() - entry.At <= Keep ? entry.Answer : null;
}
