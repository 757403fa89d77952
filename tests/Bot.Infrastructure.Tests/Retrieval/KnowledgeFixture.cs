using Bot.Core.Abstractions;
using Bot.Core.Knowledge;
using Bot.Core.Routing;

namespace Bot.Infrastructure.Tests.Retrieval;

/// <summary>A small knowledge base built in code: three FAQ topics (two contested), events, a series and glossary terms.</summary>
public static class KnowledgeFixture
{
    public static readonly DateOnly Today = new(2025, 12, 31);

    public static KnowledgeBase Create() => new(Sources, Timeline, Statistics, Faqs, Glossary);

    public static RouteContext Context(string question, KnowledgeBase? kb = null)
    {
        kb ??= Create();
        var index = new Bot.Core.Routing.Index.RoutingIndex(kb);
        return new RouteContext(new Question { Text = question }, Bot.Core.Routing.Reading.QuestionReader.ReadPart(question, index, Today), kb, index, null, Today);
    }

    public static IKnowledgeProvider Provider(KnowledgeBase? kb = null) => new FixedKnowledgeProvider(kb ?? Create());

    private static Source Src(string id) => new(id, "Publisher " + id, "Title of " + id, new PartialDate(2019), null);

    private static readonly Source[] Sources =
    [
        Src("meti-2019-07-01"), Src("meti-2019-08-02"), Src("mofa-kr-dokdo"), Src("mofa-jp-takeshima"), Src("yonhap-2019-08-22"),
        Src("kyodo-2016-11-23"), Src("treaty-text"), Src("kita-2012"), Src("shimane-2005"), Src("wto-2019"),
    ];

    private static readonly FaqEntry[] Faqs =
    [
        new("export-controls-2019", "Japan's 2019 export controls on South Korea",
            ["why did japan restrict exports to korea in 2019", "what are the 2019 export controls"],
            ["export controls", "export restrictions", "white list", "수출규제", "輸出規制"],
            Contested: true, ["meti-2019-07-01", "meti-2019-08-02", "wto-2019"], [],
            "In July 2019 Tokyo tightened licensing for three chemicals used to make semiconductors and displays: fluorinated polyimide, photoresist and hydrogen fluoride. In August 2019 it removed South Korea from its white list of trusted trading partners. The measures were lifted in 2023.",
            [
                new("Seoul's position", "Seoul called the controls economic retaliation for Korean court rulings on wartime forced labour and took the case to the WTO."),
                new("Tokyo's position", "Tokyo said the controls were a matter of national security and of lax management of sensitive goods, not retaliation."),
                new("Effect on trade", "Korean firms sought other suppliers and domestic production of the chemicals grew. Japanese beer and car sales in Korea fell during a consumer boycott."),
            ]),
        new("dokdo-takeshima", "Dokdo / Takeshima",
            ["who owns dokdo", "is takeshima japanese or korean", "독도는 누구 땅이야?"],
            ["dokdo", "takeshima", "liancourt rocks", "독도", "竹島"],
            Contested: true, ["mofa-kr-dokdo", "mofa-jp-takeshima"], ["takeshima-day"],
            "The Liancourt Rocks are small islets in the sea between the two countries. South Korea administers them; Japan claims them.",
            [
                new("Seoul's position", "Seoul says the islets are an integral part of Korean territory and that no territorial dispute exists."),
                new("Tokyo's position", "Tokyo says the islets are an inherent part of Japanese territory, illegally occupied by South Korea."),
                new("Geography", "The islets consist of two main rocks and many smaller ones, far from both mainlands."),
            ]),
        new("normalization-1965", "The 1965 normalisation treaty",
            ["when did japan and korea normalise relations", "what is the 1965 treaty"],
            ["1965 treaty", "basic treaty", "한일기본조약", "日韓基本条約"],
            Contested: false, ["treaty-text"], ["basic-treaty-signed"],
            "The Treaty on Basic Relations, signed in Tokyo on 22 June 1965, restored diplomatic relations twenty years after the end of Japanese rule.",
            [
                new("The claims agreement", "A separate agreement gave South Korea grants and loans and declared property claims settled."),
            ]),
    ];

    private static readonly TimelineEvent[] Timeline =
    [
        new("basic-treaty-signed", new PartialDate(1965, 6, 22), null, null, "Treaty on Basic Relations signed in Tokyo",
            "The two governments signed the treaty that normalised relations.", "Start of formal diplomatic ties.",
            ["treaty"], ["basic treaty", "한일기본조약", "日韓基本条約"], ["normalization-1965"], ["treaty-text"], Flag.V2),
        new("takeshima-day", new PartialDate(2005, 3, 16), null, null, "Shimane Prefecture declares Takeshima Day",
            "The prefectural assembly passed an ordinance naming 22 February Takeshima Day.", "Seoul protested strongly.",
            ["dokdo"], [], ["dokdo-takeshima"], ["shimane-2005"], Flag.V),
        new("gsomia-signed", new PartialDate(2016, 11, 23), null, null, "Military intelligence pact signed",
            "The two countries signed an agreement to share classified military information about North Korean missiles.",
            "First bilateral military agreement since 1945.", ["security"], ["gsomia", "지소미아"], [], ["kyodo-2016-11-23"], Flag.V),
        new("gsomia-notice", new PartialDate(2019, 8, 22), null, null, "Seoul decides to end the intelligence pact",
            "Seoul said it would terminate the intelligence-sharing agreement, citing the export controls.", "Security ties hit a low.",
            ["security"], ["gsomia"], ["export-controls-2019"], ["yonhap-2019-08-22"], Flag.V),
    ];

    private static readonly StatSeries[] Statistics =
    [
        new("kr-imports-from-japan", "South Korea's imports from Japan", "trade", StatUnit.UsdBillion, SeriesKind.Flow,
            "Goods imported by South Korea from Japan, calendar year, Korean customs statistics.", ["imports", "수입", "輸入"],
            "Preliminary figures differ slightly.",
            [
                new(2011, null, 68.3, ["kita-2012"], Flag.V2, null, []),
                new(2019, null, 47.6, ["kita-2012"], Flag.V, null, []),
            ],
            [new StatGap(2021, "Not verified.")]),
    ];

    private static readonly GlossaryTerm[] Glossary =
    [
        new("dokdo", "place", "Dokdo / Takeshima (Liancourt Rocks)", "독도", "竹島", ["dokdo", "takeshima", "tokdo", "たけしま"],
            "Islets administered by South Korea and claimed by Japan.", null, ["dokdo-takeshima"]),
        new("gsomia", "term", "GSOMIA", "지소미아", "ジーソミア", ["general security of military information agreement"],
            "The military intelligence-sharing agreement between Japan and South Korea.", null, []),
    ];
}
