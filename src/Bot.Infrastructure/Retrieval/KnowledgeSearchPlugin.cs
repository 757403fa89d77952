using System.ComponentModel;
using System.Globalization;
using System.Text;
using Bot.Core.Abstractions;
using Microsoft.SemanticKernel;

namespace Bot.Infrastructure.Retrieval;

/// <summary>The hybrid search as a Semantic Kernel function (<c>knowledge.search</c>), for prompts and agents that call tools.</summary>
public sealed class KnowledgeSearchPlugin(IRetriever retriever)
{
    public const string PluginName = "knowledge";

    [KernelFunction("search")]
    [Description("Searches the curated Japan–South Korea relations knowledge base and returns numbered passages with their ids and confidence.")]
    public async Task<string> SearchAsync(
        [Description("The question or keywords to search for")] string query,
        [Description("How many passages to return (1-10)")] int count = 5,
        CancellationToken cancellationToken = default)
    {
        var result = await retriever.RetrieveAsync(query, Math.Clamp(count, 1, 10), cancellationToken).ConfigureAwait(false);
        var text = new StringBuilder();
        for (var i = 0; i < result.Passages.Count; i++)
        {
            var p = result.Passages[i];
            text.Append(CultureInfo.InvariantCulture, $"[{i + 1}] {p.Title} ({p.Id}, confidence {p.Score:0.00})\n{p.Text}\n\n");
        }

        return text.Length == 0 ? "No passage matched." : text.ToString().TrimEnd();
    }
}
