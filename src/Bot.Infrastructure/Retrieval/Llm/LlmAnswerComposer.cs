using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Routing;
using Bot.Infrastructure.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Bot.Infrastructure.Retrieval.Llm;

/// <summary>
/// Phrases the extractive plan with a chat model through Semantic Kernel, then checks the reply against the passages
/// (<see cref="GroundingCheck"/>). Any failure — timeout, HTTP error, unparseable response, an invented number or
/// citation — gives the extractive answer instead, so the LLM can only ever make an answer read better.
/// </summary>
public sealed class LlmAnswerComposer(
    ExtractiveAnswerComposer extractive,
    Kernel kernel,
    IOptions<LlmOptions> options,
    TimeProvider time,
    ILogger<LlmAnswerComposer> logger) : IAnswerComposer
{
    private static readonly OpenAIPromptExecutionSettings Settings = new() { Temperature = 0, MaxTokens = 400 };

    // A down or hanging endpoint fails every free-form question: one warning when that starts, one line when it ends.
    private readonly Incident _outage = new();

    // Until when (UTC ticks) the endpoint is left alone after a failure: questions meanwhile do not wait out the timeout.
    private long _restUntil;

    public async ValueTask<Answer?> ComposeAsync(RouteContext context, RetrievalResult retrieved, CancellationToken cancellationToken)
    {
        if (extractive.Plan(context, retrieved) is not { } plan)
        {
            return null;
        }

        var fallback = ExtractiveAnswerComposer.Render(plan);
        var reply = await AskAsync(plan, cancellationToken).ConfigureAwait(false);
        if (reply is null)
        {
            return fallback;
        }

        var passageTexts = plan.Passages.Select(p => $"{p.Passage.Title} {p.Passage.Text}").ToList();
        var positions = plan.Passages.Select((p, i) => (p.IsPosition, Number: i + 1)).Where(p => p.IsPosition).Select(p => p.Number).ToList();
        if (GroundingCheck.Problem(reply, passageTexts, positions) is { } problem)
        {
            logger.LogWarning("LLM reply rejected ({Problem}); using the extractive answer", problem);
            return fallback;
        }

        return plan.ToAnswer(GroundingCheck.Recite(reply, n => plan.Passages[n - 1].Citations));
    }

    /// <summary>The model's reply text, or null after logging why there is none.</summary>
    private async Task<string?> AskAsync(AnswerPlan plan, CancellationToken cancellationToken)
    {
        var history = new ChatHistory(Prompts.System);
        history.AddSystemMessage(Prompts.Passages(plan.Passages.Select((p, i) => (i + 1, p.Passage.Title, p.Passage.Text))));
        history.AddUserMessage(Prompts.Question(plan.Context.Part.Wording.Original));

        if (_outage.IsOpen && time.GetUtcNow().UtcTicks < Volatile.Read(ref _restUntil))
        {
            logger.LogDebug("LLM resting after a failure; using the extractive answer");
            return null;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.TimeoutSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var chat = kernel.GetRequiredService<IChatCompletionService>();
            var message = await chat.GetChatMessageContentAsync(history, Settings, kernel, linked.Token).ConfigureAwait(false);
            if (_outage.Recover() is var failures and > 0)
            {
                logger.LogInformation("LLM answering again after {Failures} failed calls", failures);
            }

            return message.Content;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Rest();
            logger.Log(_outage.Fail() ? LogLevel.Warning : LogLevel.Debug,
                "LLM did not answer within {Seconds} s; using the extractive answer, and trying it again every {Retry} s (until it answers, further failures are logged at debug level)",
                options.Value.TimeoutSeconds, options.Value.RetryAfterSeconds);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // HTTP errors, refused connections and malformed JSON all end here: the user still gets an answer.
            Rest();
            logger.Log(_outage.Fail() ? LogLevel.Warning : LogLevel.Debug, ex,
                "LLM call failed ({Type}: {Message}); using the extractive answer, and trying it again every {Retry} s (until it answers, further failures are logged at debug level)",
                ex.GetType().Name, ex.Message, options.Value.RetryAfterSeconds);
            return null;
        }
    }

    private void Rest() => Volatile.Write(ref _restUntil, (time.GetUtcNow() + TimeSpan.FromSeconds(options.Value.RetryAfterSeconds)).UtcTicks);
}
