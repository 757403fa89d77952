using Bot.Core.Answers;
using Bot.Core.Routing;

namespace Bot.Core.Abstractions;

/// <summary>Turns retrieved passages into an answer (extractive, or LLM-phrased and checked). Null = not confident enough.</summary>
public interface IAnswerComposer
{
    ValueTask<Answer?> ComposeAsync(RouteContext context, RetrievalResult retrieved, CancellationToken cancellationToken);
}
