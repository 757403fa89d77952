namespace Bot.Adapters.Slack.Tests.Support;

/// <summary>
/// A bound against hangs, never a speed assertion: every wait in these tests ends on an event (a request recorded,
/// a socket frame), and this only turns a bug that would hang the run into a failure.
/// </summary>
public static class Guard
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(Bound);

    public static Task Within(this Task task) => task.WaitAsync(Bound);
}
