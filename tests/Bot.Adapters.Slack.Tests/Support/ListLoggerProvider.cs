using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Slack.Tests.Support;

/// <summary>Keeps every log line so a test can assert what an operator would have seen.</summary>
public sealed class ListLoggerProvider : ILoggerProvider
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _logged = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

    /// <summary>Completes when a line matching <paramref name="match"/> has been logged (an event to wait on, not a sleep).</summary>
    public async Task WaitForAsync(Func<(string Category, LogLevel Level, string Message), bool> match)
    {
        while (true)
        {
            Task next;
            lock (_lock)
            {
                if (Entries.Any(match))
                {
                    return;
                }

                next = _logged.Task;
            }

            await next.ConfigureAwait(false);
        }
    }

    private void Add((string Category, LogLevel Level, string Message) entry)
    {
        TaskCompletionSource logged;
        lock (_lock)
        {
            Entries.Enqueue(entry);
            logged = _logged;
            _logged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        logged.TrySetResult();
    }

    public ILogger CreateLogger(string categoryName) => new ListLogger(this, categoryName);

    public ILogger<T> CreateLogger<T>() => new Logger<T>(new LoggerFactory([this]));

    public bool Contains(LogLevel level, string text) =>
        Entries.Any(e => e.Level == level && e.Message.Contains(text, StringComparison.Ordinal));

    public void Dispose()
    {
    }

    private sealed class ListLogger(ListLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Add((category, logLevel, formatter(state, exception)));
    }
}
