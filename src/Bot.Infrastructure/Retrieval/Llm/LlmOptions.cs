using System.ComponentModel.DataAnnotations;

namespace Bot.Infrastructure.Retrieval.Llm;

/// <summary>An optional OpenAI-compatible chat endpoint that phrases free-form answers (section "Llm"); off unless Endpoint and Model are set.</summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "Llm";

    /// <summary>The API base, including the version path: <c>https://api.openai.com/v1</c>, <c>http://localhost:11434/v1</c> (Ollama).</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model id the endpoint serves (e.g. <c>gpt-4o-mini</c>, <c>llama3.1</c>).</summary>
    public string? Model { get; set; }

    /// <summary>Sent as a bearer token; local servers that need none may leave it empty. From the environment or user-secrets, never committed.</summary>
    public string? ApiKey { get; set; }

    /// <summary>After this the extractive answer is used instead.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 8;

    /// <summary>
    /// After a failed call (timeout, error), questions skip the LLM for this long and get the extractive answer at once,
    /// instead of each waiting out the timeout against an endpoint that is down; then one call tries again. 0 = always try.
    /// </summary>
    [Range(0, 3600, ErrorMessage = "Llm:RetryAfterSeconds must be between 0 and 3600.")]
    public int RetryAfterSeconds { get; set; } = 30;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Model);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Endpoint)
            && !(Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult($"Llm:Endpoint '{Endpoint}' must be an absolute http(s) URL such as https://api.openai.com/v1.", [nameof(Endpoint)]);
        }

        if (string.IsNullOrWhiteSpace(Endpoint) != string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult("Llm:Endpoint and Llm:Model must be set together (or both left empty to keep the LLM off).",
                [nameof(Endpoint), nameof(Model)]);
        }
    }
}
