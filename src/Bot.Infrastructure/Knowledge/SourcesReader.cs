using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge;

/// <summary>Reads <c>sources.yaml</c>.</summary>
internal static class SourcesReader
{
    private static readonly string[] Keys = ["id", "publisher", "title", "date", "url"];

    public static IReadOnlyList<Source> Read(KnowledgeFile? file, LoadContext context)
    {
        if (file?.TopLevelList("sources", "source", Keys) is not { } items)
        {
            return [];
        }

        context.Sources.IsComplete = true;
        return [.. items.Select(f => Read(f, context))];
    }

    private static Source Read(YamlFields f, LoadContext context)
    {
        var id = f.Id(context.Sources);
        var publisher = f.Text("publisher", required: true);
        var title = f.Text("title", required: true);
        var date = f.Date("date");
        var url = f.Text("url");
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            f.ReportAt("url", $"'url' should be an absolute http(s) address, not '{url}'");
        }

        return new Source(id ?? "", publisher ?? "", title ?? "", date, url);
    }
}
