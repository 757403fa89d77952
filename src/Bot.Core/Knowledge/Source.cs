namespace Bot.Core.Knowledge;

/// <summary>A publication that facts rest on.</summary>
public sealed record Source(string Id, string Publisher, string Title, PartialDate? Date, string? Url);
