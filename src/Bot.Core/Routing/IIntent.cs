using Bot.Core.Answers;

namespace Bot.Core.Routing;

/// <summary>One kind of question. The router asks each intent in order; the first that answers wins.</summary>
public interface IIntent
{
    string Name { get; }

    /// <summary>An answer, or null when this intent does not apply.</summary>
    ValueTask<Answer?> TryAnswerAsync(RouteContext context, CancellationToken cancellationToken);
}
