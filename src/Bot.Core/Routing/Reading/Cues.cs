using System.Text.RegularExpressions;

namespace Bot.Core.Routing;

/// <summary>The cue words and patterns the parser looks for, in English, Korean and Japanese, in one place.</summary>
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

    [GeneratedRegex(@"\b(peak|peaked|highest|high(est)? point|record high|all[- ]time high|maximum|max|biggest|largest|most ever|top year|best year)\b|최고|최대|最高|最大|ピーク")]
    public static partial Regex Peak();

    [GeneratedRegex(@"\b(lowest|low point|minimum|min|smallest|least|bottom|worst year|record low|all[- ]time low)\b|최저|최소|最低|最小")]
    public static partial Regex Lowest();

    [GeneratedRegex(@"\b(change[ds]?|grow|grew|grown|growth|increase[ds]?|decrease[ds]?|drop(ped)?|fall|fell|rise|rose|risen|decline[ds]?|differen(ce|t)|jump(ed)?|shrink|shrank|go up|went up|go down|went down)\b|변화|증가|감소|変化|増加|減少")]
    public static partial Regex Change();

    [GeneratedRegex(@"\b(compare[ds]?|comparison|vs\.?|versus|against|side by side)\b|비교|比較")]
    public static partial Regex Compare();

    [GeneratedRegex(@"\b(latest|most recent|newest|current(ly)?|now|right now|today|these days|as of now|nowadays)\b|최신|최근|현재|最新|現在")]
    public static partial Regex Latest();

    [GeneratedRegex(@"\b(trend|over time|over the years|history of|each year|every year|by year|year by year|all years|time series|series)\b|추이|推移")]
    public static partial Regex Trend();

    [GeneratedRegex(@"^\s*(and|but|also|then|what about|how about|same for|and what about|and how about|ok and|what of)\b|\b(the year after|year after that|the following year|next year|the year before|year before that|previous year|the prior year|that year|same year|the one before|the one after|tell me more|more about (it|that|this)|go on|continue|elaborate|more details?|anything else)\b|그럼|그러면|それで|じゃあ|では|もっと|더 자세히")]
    public static partial Regex FollowUp();

    [GeneratedRegex(@"\b(the year after|year after that|the following year|the next year|a year later|next year)\b|다음 해|이듬해|翌年|次の年")]
    public static partial Regex NextYear();

    [GeneratedRegex(@"\b(the year before|year before that|the previous year|previous year|the prior year|a year earlier|year prior)\b|전년|그 전 해|前年|前の年")]
    public static partial Regex PreviousYear();

    [GeneratedRegex(@"\b(when|whens|when's|what year|which year|what date|what day|which day|date of|how long ago)\b|\bdate\s*\??\s*$|언제|몇 년|몇년|いつ|何年")]
    public static partial Regex When();

    [GeneratedRegex(@"\b(who is|who was|who's|whos|who are|who were)\b|누구|誰|だれ")]
    public static partial Regex Who();

    [GeneratedRegex(@"\b(what is|what's|whats|what are|what was|what were|what does|what do .* mean|meaning of|define|definition|explain|tell me about|info on|information on|overview of|describe)\b|이란|란\b|뭐야|무엇|뭔가요|뭐예요|とは|って何|ってなに|何ですか|について")]
    public static partial Regex WhatIs();

    [GeneratedRegex(@"\b(call|calls|called|name for|names for|the name|korean name|japanese name|english name|in korean|in japanese|in hangul|in kanji|in english|how do (you|i|we|they) (say|write|spell)|how is .* (written|spelled|spelt|said)|spell(ed|ing)?|romani[sz]ation|translate|translation)\b|이름|부르|呼ぶ|呼び方|名前|何と言")]
    public static partial Regex Naming();

    [GeneratedRegex(@"\b(what happened|happened|events?|timeline|chronology|what went on|key dates|milestones|history)\b|사건|연표|일어난|出来事|年表|何があった")]
    public static partial Regex Timeline();

    [GeneratedRegex(@"\b(recent(ly)?|lately|latest news|latest events|news|these days|this week|this month|past few months|what's new|whats new|what is new|up to date|updates?)\b|최근|요즘|最近|近頃")]
    public static partial Regex Recent();

    [GeneratedRegex(@"\b(who is right|who's right|whos right|which side is right|who owns|whose (island|islands|territory|land|rocks)|belong(s)? to|rightful owner|who has the right|who is correct|is it .* or)\b|누구 땅|누구의|誰のもの|どちらの")]
    public static partial Regex WhoIsRight();

    [GeneratedRegex(@"\b(japan|japanese|nippon|korea|korean|koreans|rok|seoul|tokyo|jp|kr)\b|한국|일본|한일|日本|韓国|日韓|韓日")]
    public static partial Regex JapanOrKorea();

    [GeneratedRegex(@"\b(china|chinese|taiwan|taiwanese|russia|russian|india|indian|france|french|germany|german|uk|britain|british|vietnam|philippines|australia|canada|brazil|mexico|israel|iran|ukraine|europe|eu|africa)\b")]
    public static partial Regex OtherCountry();

    [GeneratedRegex(@"\b(korea|korean|koreans|rok|seoul|south korea)\b|한국|韓国|대한민국")]
    public static partial Regex SouthKorea();

    [GeneratedRegex(@"\b(japan|japanese|nippon|tokyo|jp)\b|일본|日本")]
    public static partial Regex JapanOnly();

    [GeneratedRegex(@"\bnorth korea(n|ns)?\b|\bdprk\b|\bpyongyang\b|북한|北朝鮮")]
    public static partial Regex NorthKorea();

    [GeneratedRegex(@"\b(what does|what do|what's|whats) .{1,40} (mean|stand for)\b|\b(meaning of|define|definition of|what is meant by)\b|무슨 뜻|意味")]
    public static partial Regex Definition();

    [GeneratedRegex(@"\b(weather|forecast|recipe|cook(ing)?|python|javascript|java|c#|c\+\+|code|coding|program(ming)?|bug|compile|sql|html|css|bitcoin|crypto|stock price|stocks?|nba|nfl|football score|soccer score|baseball|movie recommendation|song|lyrics|horoscope|math homework|homework|write (me )?(a|an) (poem|essay|story|song)|joke|date ideas|diet|workout|restaurant|hotel|flight|visa application|student visa|green card|exchange rate|forex|currency|usd|krw|jpy|kpop group|k-pop group|best (group|idol|band|singer|drama|anime)|anime|video game|gaming|lottery)\b|날씨|레시피|天気|レシピ")]
    public static partial Regex OffTopic();

    [GeneratedRegex(@"\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b")]
    public static partial Regex MonthName();

    [GeneratedRegex(@"\b(last year|past year|previous year)\b|작년|지난해|昨年|去年")]
    public static partial Regex LastYear();

    [GeneratedRegex(@"\b(this year|current year|so far this year)\b|올해|今年")]
    public static partial Regex ThisYear();

    [GeneratedRegex(@"\b(why|how come|what caused|reason|reasons|cause of|what led to)\b|왜|이유|なぜ|どうして|理由")]
    public static partial Regex Why();

    [GeneratedRegex(@"\b(how many|how much|number of|numbers|figure|figures|statistics?|stats|data|percent(age)?|share|rate|value|amount|total|count|level|size|volume|in (dollars|usd|yen|won)|\$)|%|몇|얼마|규모|통계|何人|いくら|統計|数")]
    public static partial Regex Quantity();

    public static int? MonthNumber(string name) => name[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
        _ => null,
    };
}
