using Bot.Core.Abstractions;
using Bot.Core.Knowledge;
using Bot.Infrastructure.Retrieval;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Embeddings.MiniLM.Tests;

/// <summary>Loads the real model once for the whole suite (≈250 ms and ≈90 MB) and indexes a handful of topics with it.</summary>
public sealed class MiniLmFixture : IAsyncLifetime, IDisposable
{
    public MiniLmEmbeddingGenerator Generator { get; } = new(NullLogger<MiniLmEmbeddingGenerator>.Instance);

    public HybridRetriever Retriever { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Retriever = new HybridRetriever(new FixedKnowledgeProvider(Knowledge()), Options.Create(new RetrievalOptions()),
            NullLogger<HybridRetriever>.Instance, Generator);
        await Retriever.WarmUpAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Retriever.Dispose();
        Generator.Dispose();
    }

    private static FaqEntry Faq(string id, string title, string summary) =>
        new(id, title, [], [], false, ["src"], [], summary, []);

    // Written so that the paraphrase questions in the tests share few or no words with the passage they should find.
    private static KnowledgeBase Knowledge() => new(
        [new Source("src", "Publisher", "Title", null, null)],
        [],
        [],
        [
            Faq("export-controls-2019", "Japan's 2019 export controls",
                "In July 2019 the Japanese government tightened licensing for fluorinated polyimide, photoresist and hydrogen fluoride, chemicals needed to make semiconductors and displays, and later removed South Korea from its list of trusted trading partners."),
            Faq("fukushima-water", "Release of treated water from Fukushima",
                "Since August 2023 the operator of the wrecked nuclear plant has discharged treated and diluted water into the Pacific Ocean, which South Korean fishermen and consumers protested."),
            Faq("comfort-women", "Comfort women",
                "Women and girls were forced into sexual slavery for the Japanese military before and during the Second World War; a 2015 agreement between the governments tried to settle the issue."),
            Faq("people-exchange", "Tourism and people exchange",
                "Visitor numbers between the two countries reached record highs after the pandemic, with budget airlines and a weak yen drawing Korean travellers to Osaka, Tokyo and Fukuoka."),
            Faq("normalization-1965", "The 1965 treaty",
                "The Treaty on Basic Relations signed in June 1965 restored diplomatic relations, together with an agreement on property claims and economic cooperation."),
        ],
        []);
}
