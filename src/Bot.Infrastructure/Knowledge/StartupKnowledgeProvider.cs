using Bot.Core.Abstractions;
using Bot.Core.Knowledge;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Knowledge;

/// <summary>Loads the knowledge base once, the first time it is needed, and refuses a broken one.</summary>
public sealed class StartupKnowledgeProvider(IOptions<KnowledgeOptions> options, KnowledgeLoader loader) : IKnowledgeProvider
{
    private readonly Lazy<KnowledgeBase> _knowledge = new(() =>
    {
        var result = loader.Load(options.Value.Path);
        return result.IsValid ? result.Knowledge! : throw new KnowledgeLoadException(result.Problems);
    });

    public KnowledgeBase Current => _knowledge.Value;
}
