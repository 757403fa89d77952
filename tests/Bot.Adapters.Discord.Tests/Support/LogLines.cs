using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Discord.Tests.Support;

/// <summary>Every log line of a host (category, level, message and exception), for tests of what gets logged.</summary>
public sealed class LogLines : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Text)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogLines lines, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Lines.Enqueue((logLevel, $"{category}: {formatter(state, exception)} {exception}"));
    }
}
