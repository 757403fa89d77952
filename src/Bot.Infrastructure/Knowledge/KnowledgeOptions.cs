using System.ComponentModel.DataAnnotations;

namespace Bot.Infrastructure.Knowledge;

/// <summary>Where the curated knowledge files live.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The knowledge folder (sources.yaml, timeline.yaml, …); relative paths are resolved against the working directory.</summary>
    [Required]
    public string Path { get; set; } = "knowledge";
}
