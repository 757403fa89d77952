using System.Text.RegularExpressions;

namespace Bot.Core.Routing.Reading;

/// <summary>
/// The cue words and patterns the parser looks for, in English, Korean and Japanese, in one place.
/// A few long cues asked only "is it there?" (<c>IsMatch</c>: FollowUp, OtherCountry, OffTopic, List, Prediction, Claim)
/// use <see cref="RegexOptions.NonBacktracking"/>: on English text the backtracking engine tries their dozens of
/// alternatives at nearly every letter (Prediction 12 µs, OffTopic 6 µs, Claim 5 µs per question), the automaton makes
/// one pass (≈ 0.3–1 µs). The other cues stay backtracking: short or rare-first-letter patterns, and any pattern on
/// Korean or Japanese text, where the backtracking engine skips ahead to the few possible first characters, are faster so
/// (measured per pattern, fully optimised code, on the benchmark questions).
/// </summary>
internal static partial class Cues
{
    [GeneratedRegex(@"(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])")]
    public static partial Regex Year();

    [GeneratedRegex(@"(?<![0-9])'([0-9]{2})(?![0-9])")]
    public static partial Regex ShortYear();

    [GeneratedRegex(@"\b(between|from)\s+(?<a>1[89][0-9]{2}|20[0-9]{2})\s*(and|to|until|till|-|through|thru)\s*(?<b>1[89][0-9]{2}|20[0-9]{2})\b|(?<a>1[89][0-9]{2}|20[0-9]{2})\s*(-|to|~|through|thru|until)\s*(?<b>1[89][0-9]{2}|20[0-9]{2})\b")]
    public static partial Regex YearRange();

    [GeneratedRegex(@"\b(since|after|from)\s+(?<a>1[89][0-9]{2}|20[0-9]{2})\b|(?<a>1[89][0-9]{2}|20[0-9]{2})\s*(년\s*)?(이후|以降|以来)")]
    public static partial Regex SinceYear();

    [GeneratedRegex(@"\b(before|until|up to|prior to)\s+(?<b>1[89][0-9]{2}|20[0-9]{2})\b")]
    public static partial Regex BeforeYear();

    [GeneratedRegex(@"\b(peak|peaked|highest|high(est)? point|record high|all[- ]time high|all[- ]time record|record (trade )?(deficit|surplus|number|level|figure|year)|(a|new|the) record|an? (new )?high|maximum|max|biggest|largest|most ever|top year|best year)\b|최고|최대|역대 최|사상 최|가장 (높|많|컸|큰)|제일 (높|많|컸|큰)|最高|最大|過去最|ピーク|一番(高|多|大き)|最も(高|多|大き)")]
    public static partial Regex Peak();

    [GeneratedRegex(@"\b(lowest|low point|minimum|min|smallest|least|bottom|worst year|record low|all[- ]time low|an? (new )?low)\b|최저|최소|가장 (낮|적|작)|제일 (낮|적|작)|最低|最小|一番(低|少な|小さ)|最も(低|少な|小さ)")]
    public static partial Regex Lowest();

    [GeneratedRegex(@"\b(change[ds]?|grow|grew|grown|growth|increase[ds]?|decrease[ds]?|drop(ped)?|fall|fell|rise|rose|risen|decline[ds]?|differen(ce|t)|jump(ed)?|shrink|shrank|shrunk|shrinking|fallen|go up|went up|go down|went down|(higher|lower|bigger|smaller|larger) than)\b|변화|증가|감소|줄었|줄어든|늘었|늘어난|올랐|올라갔|떨어졌|내려갔|変化|増加|減少|減った|増えた|上がった|下がった")]
    public static partial Regex Change();

    [GeneratedRegex(@"\b(compare[ds]?|comparison|vs\.?|versus|against|side by side)\b|비교|比較")]
    public static partial Regex Compare();

    [GeneratedRegex(@"\b(latest|most recent|newest|current(ly)?|now|right now|today|these days|as of now|nowadays)\b|최신|최근|현재|最新|現在")]
    public static partial Regex Latest();

    [GeneratedRegex(@"\b(trend|over time|over the years|history of|each year|every year|by year|year by year|all years|time series|series)\b|추이|推移")]
    public static partial Regex Trend();

    [GeneratedRegex(@"^\s*(and|but|also|then|what about|how about|same for|and what about|and how about|ok and|what of)\b|\b(the year after|year after that|the following year|next year|the year before|year before that|previous year|the prior year|that year|same year|the one before|the one after|tell me more|more about (it|that|this)|go on|continue|elaborate|more details?|anything else)\b|그럼|그러면|それで|じゃあ|では|もっと|더 자세히", RegexOptions.NonBacktracking)]
    public static partial Regex FollowUp();

    [GeneratedRegex(@"\b(the year after|year after that|the following year|the next year|a year later|next year)\b|다음 해|이듬해|翌年|次の年")]
    public static partial Regex NextYear();

    [GeneratedRegex(@"\b(the year before|year before that|the previous year|previous year|the prior year|a year earlier|year prior)\b|전년|그 전 해|前年|前の年")]
    public static partial Regex PreviousYear();

    /// <summary>
    /// "The next sitting PM to go", "the first president to land on Dokdo": someone picked out by what they did, an event
    /// question, not who held the office.
    /// </summary>
    [GeneratedRegex(@"\b(next|first|last|only|previous|latest|most recent) (sitting |serving |incumbent |japanese |korean |south korean )?(pm|prime minister|president|leader|foreign minister|emperor)s? (to|who|that)\b")]
    public static partial Regex OfficeHolderWhoDid();

    [GeneratedRegex(@"\b(when|whens|when's|what year|which year|what date|what day|which day|date of|how long ago|what time|at what time|what month|which month)\b|\bdate\s*\??\s*$|언제|몇 년|몇년|며칠|몇 월|몇월|몇 시|몇시|날짜|いつ|何年|何月|何日|何時|日時|時刻")]
    public static partial Regex When();

    [GeneratedRegex(@"\bwho\b|\bwho's\b|\bwhos\b|\bwhich (\w+ )?(president|presidents|prime minister|prime ministers|pm|pms|leader|leaders|minister|ministers|foreign minister|person|people|official|officials|politician|politicians|party|parties)\b|\bname of the (president|prime minister|foreign minister|minister|leader)\b|누구|누가|誰|だれ|どなた")]
    public static partial Regex Who();

    [GeneratedRegex(@"\b(what is|what's|whats|what are|what was|what were|what does|what do .* mean|meaning of|define|definition|explain|tell me about|info on|information on|overview of|describe)\b|이란|란\b|뭐야|무엇|뭔가요|뭐예요|뭐였|뭐임|뭔데|요약|とは|って何|ってなに|何ですか|について|なんだった|何だった")]
    public static partial Regex WhatIs();

    [GeneratedRegex(@"\b(call|calls|called|name for|names for|the name|korean name|japanese name|english name|in korean|in japanese|in hangul|in kanji|in english|how do (you|i|we|they) (say|write|spell)|how is .* (written|spelled|spelt|said)|spell(ed|ing)?|romani[sz]ation|translate|translation)\b|이름|부르|뭐라고|한국어로|일본어로|영어로|한국말|일본말|呼ぶ|呼び方|名前|何と言|なんて言|韓国語|日本語|英語|読み方|表記")]
    public static partial Regex Naming();

    [GeneratedRegex(@"\b(what happened|happened|events?|timeline|chronology|what went on|key dates|milestones|history)\b|사건|연표|일어난|出来事|年表|何があった")]
    public static partial Regex Timeline();

    [GeneratedRegex(@"\b(recent(ly)?|lately|latest news|latest events|news|these days|this week|this month|past few months|what's new|whats new|what is new|up to date|updates?)\b|최근|요즘|最近|近頃")]
    public static partial Regex Recent();

    [GeneratedRegex(@"\b(who is right|who's right|whos right|which side is right|which (one )?is (right|correct)|which (name )?is correct|who owns|whose (island|islands|territory|land|rocks)|belong(s)? to|rightful owner|who has the right|who is correct|is it .* or|(japanese|korean|japan's|korea's) (territory|land|soil|islands?)|territory of (japan|korea)|part of (japan|korea))\b|누구 땅|누구의|땅이|영토|誰のもの|どちらの|領土|の土地")]
    public static partial Regex WhoIsRight();

    /// <summary>A side's position asked for ("Seoul's stance on…", "한국 정부 입장은?", "韓国政府の立場は?"): a topic's positions answer it.</summary>
    [GeneratedRegex(@"\b(position|positions|stance|stances|view|views)\b|입장|견해|立場|見解")]
    public static partial Regex Position();

    [GeneratedRegex(@"\b(japan|japanese|nippon|korea|korean|koreans|rok|seoul|tokyo|jp|kr)\b|한국|일본|한일|日本|韓国|日韓|韓日")]
    public static partial Regex JapanOrKorea();

    // France, but not San Francisco (サンフランシスコ): "フランス" not right after "サン", spelled without a lookbehind, which
    // the non-backtracking engine does not take.
    [GeneratedRegex(@"\b(china|chinese|taiwan|taiwanese|russia|russian|india|indian|france|french|germany|german|uk|britain|british|vietnam|philippines|australia|canada|brazil|mexico|israel|iran|ukraine|europe|eu|africa)\b|중국|대만|러시아|프랑스|독일|영국|베트남|필리핀|호주|캐나다|브라질|멕시코|이스라엘|우크라이나|유럽|中国|台湾|ロシア|(^|^ン|[^ン]|[^サ]ン)フランス|ドイツ|イギリス|英国|ベトナム|フィリピン|オーストラリア|カナダ|ブラジル|メキシコ|イスラエル|イラン|ウクライナ|ヨーロッパ|欧州", RegexOptions.NonBacktracking)]
    public static partial Regex OtherCountry();

    [GeneratedRegex(@"\b(korea|korean|koreans|rok|seoul|south korea)\b|한국|韓国|대한민국")]
    public static partial Regex SouthKorea();

    [GeneratedRegex(@"\b(japan|japanese|nippon|tokyo|jp)\b|일본|日本")]
    public static partial Regex JapanOnly();

    [GeneratedRegex(@"\bnorth korea(n|ns)?\b|\bdprk\b|\bpyongyang\b|북한|北朝鮮")]
    public static partial Regex NorthKorea();

    [GeneratedRegex(@"\b(what does|what do|what's|whats) .{1,40} (mean|stand for)\b|\b(meaning of|define|definition of|what is meant by)\b|무슨 뜻|意味")]
    public static partial Regex Definition();

    [GeneratedRegex(@"\b(weather|forecast|recipe|cook(ing)?|python|javascript|java|c#|c\+\+|code|coding|program(ming)?|bug|compile|sql|html|css|bitcoin|crypto|stock price|stocks?|nba|nfl|football score|soccer score|baseball|movie recommendation|song|lyrics|horoscope|math homework|homework|write (me )?(a|an) (poem|essay|story|song|haiku|limerick|sonnet|rap|novel|short story)|haiku|limerick|premier league|champions league|fifa|olympics?|super bowl|world series|mlb|nhl|formula 1|f1 race|grand prix|tennis|golf|joke|date ideas|workout|ramen|sushi|food|restaurants?|places? to eat|where to eat|cafe|itinerary|sightseeing|things to do|resume|cv|cover letter|job interview|restaurant|hotel|flight|visa application|student visa|green card|exchange rate|forex|currency|usd|krw|jpy|kpop group|k-pop group|best (group|idol|band|singer|drama|anime)|anime|video game|gaming|lottery|capital of|capital city|people live in|population of (tokyo|seoul|osaka|busan|kyoto|japan|korea|south korea)|best time to (visit|go|travel)|recommend (me )?(a |an |some )?(good |great )?(k-?dramas?|dramas?|movies?|films?|shows?|books?|songs?|anime))\b|날씨|레시피|수도는|수도가|天気|レシピ|首都", RegexOptions.NonBacktracking)]
    public static partial Regex OffTopic();

    [GeneratedRegex(@"\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b")]
    public static partial Regex MonthName();

    [GeneratedRegex(@"\b(last (year|yr)|past year|previous year)\b|작년|지난해|昨年|去年")]
    public static partial Regex LastYear();

    [GeneratedRegex(@"\b(this year|current year|so far this year)\b|올해|今年")]
    public static partial Regex ThisYear();

    [GeneratedRegex(@"\b(why|how come|what caused|reason|reasons|cause of|what led to|what triggered|what prompted|upset about|angry about|object to|objected to)\b|왜|이유|무슨 일로|なぜ|どうして|なんで|何で|理由|原因")]
    public static partial Regex Why();

    [GeneratedRegex(@"\b(how many|how much|number of|numbers|figure|figures|statistics?|stats|data|percent(age)?|share|rate|value|amount|total|count|level|size|volume|in (dollars|usd|yen|won)|\$)|%|몇|얼마|규모|통계|비율|비중|금액|액수|何人|いくら|金額|総額|拠出額|した額|統計|数|何回|何票|何議席|何%|何パーセント|割合|率")]
    public static partial Regex Quantity();

    [GeneratedRegex(@"\bwhere\b|\bwhich (city|cities|place|places|country|prefecture|venue|island|islands|town)\b|\bin what (city|place|country)\b|\b(venue|location)\b|어디|어느 도시|어느 곳|장소|개최지|どこ|何県|どの県|どの都市|どこで|場所|会場|開催地")]
    public static partial Regex Where();

    [GeneratedRegex(@"(^\s*list\b|\blist (the|all|every|of)\b|\b(name (the|all|every)|all the|each of the|what (were|are) the (\w+ ){0,2}(items|chemicals|materials|products|prefectures|issues|outcomes|results|agreements|points|steps|measures|terms|sites|areas|fields|challenges|conditions|names|things|ones)|which (\w+ ){0,2}(ones|items|chemicals|materials|products|prefectures|presidents|leaders|prime ministers|pms|cities|places|events|issues|sites|countries|summits|rulings|polls|surveys|agreements)|what other)\b)|뭐뭐|무엇무엇|어떤 것들|목록|종류|품목(이|은|을)?\s*(\d+ ?개\s*)?(뭐|무엇|알려)|(어떤|무슨) 품목|どれ|何と何|すべて|全部|挙げて|リスト|品目(って|は|を)?\s*(何|なに|教え)|どの品目|どんなこと|何県", RegexOptions.NonBacktracking)]
    public static partial Regex List();

    [GeneratedRegex(@"^\s*(will|won't|wont|would|is .{1,40} going to|are .{1,40} going to|can .{1,30} ever)\b|\b(who|what|when|how|which|where|how much|how many)( \w+){0,4} (will|won't|going to|gonna)\b|\b(predict|prediction|forecast|projection|project|likely to|chances? (of|that)|odds|in the future|next decade|will (there|it|they|he|she|korea|japan|seoul|tokyo|relations|trade|the)|(relations|trade|ties|korea|japan|seoul|tokyo|it|they|he|she|there) will (definitely|surely|certainly|probably|soon|ever|never|\w+)|by (20[3-9][0-9]|2[1-9][0-9]{2}))\b|할까|될까|오를까|(아|어|워|해)질까|내년에?는?\s|할 것 같|될 것 같|예측|전망|예상|앞으로|でしょうか|だろうか|予測|予想|見通し|来年|なるか|するか|するでしょう|(今後|これから|未来|将来)[^?？]{0,12}(どうなる|なる[?？]|よくなる|改善する)|どうなるの", RegexOptions.NonBacktracking)]
    public static partial Regex Prediction();

    [GeneratedRegex(@"(,|\s)(right|correct|true|yes|yeah|no)\s*[?!.]*\s*($|(just|stop|tell|answer|yes|no)\b)|\b(isn'?t (it|that|he|she)|wasn'?t (it|that|he|she)|weren'?t (they|there)|didn'?t (he|she|they|it)|doesn'?t (it|he|she)|hasn'?t (it|he|she)|aren'?t (they|there)|is it true|it'?s true that|is that true|true or false|am i right|correct me|yes or no)\b|맞지|맞아|맞죠|맞나요|맞습니까|맞음|맞냐|사실이야|사실인가|사실임|진짜야|진짜임|진짜예요|그렇지|아니야\?|(했|였|었|았|이)지\s*[?？]|(했|였|었|았)죠\s*[?？]|ですよね|(した|だ|だった)よね|でしょ(う)?[?？]|本当|ほんと|って本当|正しい[?？]|じゃない[?？]", RegexOptions.NonBacktracking)]
    public static partial Regex Claim();

    [GeneratedRegex(@"\b(smallest|lowest|largest|biggest|highest|most|least|fewest)\b.{0,30}\b(in how many years|since when|in years|in \d+ years|in (a )?(long time|long while|while|ages|decades))\b|\b(the )?(lowest|smallest|highest|largest|biggest) since\b|몇 년 만|몇년만|何年ぶり")]
    public static partial Regex SinceWhen();

    public static int? MonthNumber(string name) => name[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
        _ => null,
    };

    [GeneratedRegex(@"\b(who (followed|succeeded|replaced|came after|took over from) (him|her|[a-z][a-z'-]+)|(his|her) successor|successor|who took over( from (him|her))?|next (prime minister|pm|president))\b|후임|후계|뒤를 이은|後任|後継")]
    public static partial Regex Successor();

    [GeneratedRegex(@"\b(who (preceded|came before|was before) (him|her|[a-z][a-z'-]+)|(his|her) predecessor|predecessor|previous (prime minister|pm|president))\b|전임|前任")]
    public static partial Regex Predecessor();
}
