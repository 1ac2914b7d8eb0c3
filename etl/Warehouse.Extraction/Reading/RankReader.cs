using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Warehouse.Extraction.Numbers;

namespace Warehouse.Extraction.Reading;

/// <summary>Finds rank claims (增幅全市第3, 位居全省第一, 领跑全市) in a span of normalised text.</summary>
public static partial class RankReader
{
    private const string Scope = "全市|全州|全盟|全省|全区|全国|世界|全球";
    private const string Number = @"[0-9]{1,3}|[一二三四五六七八九十]{1,3}";

    // The peers ranked among, in brackets: 全省县(市、区)第3, 稳居全省县(市、区)首位.
    private const string Peers = @"(?:\([^()]{1,8}\))?";

    // 全州排位由2015年的第10位上升至2020年的第8位, 由上年居世界第四位上升为第三位: two claims,
    // each with its year. It comes first so that the plain pattern does not take its first half alone.
    // 第一方阵, 第一批, 第2届 … are not ranks: the lookahead refuses them.
    private const string MovedTo = $@"[^第0-9,，;；。]{{0,4}}?(?:至|到|为)(?:(?<toyear>[0-9]{{4}})年的?)?第(?<to>{Number})位?";

    [GeneratedRegex(
        $@"(?<mscope>{Scope})(?:排位|排名|位次)?(?:由|从)(?:(?<fromyear>[0-9]{{4}})年的?)?第(?<from>{Number})位?" + MovedTo +
        $@"|(?:由|从)(?:(?<lastyear>上年)|(?<fromyear>[0-9]{{4}})年)?的?(?:居|位居|排)?(?<mscope>{Scope})第(?<from>{Number})位?" + MovedTo +
        $@"|(?<scope>{Scope})[^第,，;；。、(]{{0,8}}?{Peers}第(?<n>{Number})(?:位|名)?(?![方梯批次届个家轮期])" +
        $@"(?:[、和及]第(?<more>{Number})(?:位|名)?(?![方梯批次届个家轮期]))*" +
        $@"|(?:领跑|领先|领跑于)(?<leadscope>{Scope})" +
        $@"|(?<firstscope>{Scope})[^第,，;；。、(]{{0,4}}?{Peers}(?:之首|首位|居首)",
        RegexOptions.CultureInvariant)]
    private static partial Regex RankPattern();

    /// <summary>Every claim holds one of these (第N, 领跑, 首位): a sentence without them is not scanned.</summary>
    private static readonly SearchValues<char> ClaimCharacters = SearchValues.Create("第领首");

    public static IReadOnlyList<RankMention> FindAll(string text, int start, int end)
    {
        var found = new List<RankMention>();
        if (!text.AsSpan(start, end - start).ContainsAny(ClaimCharacters))
        {
            return found;
        }

        for (var match = RankPattern().Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            var stop = match.Index + match.Length;
            if (match.Groups["mscope"].Success)
            {
                found.AddRange(Movement(match));
            }
            else if (match.Groups["n"].Success)
            {
                found.AddRange(List(match));
            }
            else
            {
                var scope = match.Groups["leadscope"].Success ? match.Groups["leadscope"] : match.Groups["firstscope"];
                found.Add(new RankMention(match.Index, stop, 1, scope.Value));
            }
        }

        return found;
    }

    /// <summary>全市第7和第4 (分别 for two items): one claim per rank, in order, with the scope written once.</summary>
    private static IEnumerable<RankMention> List(Match match)
    {
        var scope = match.Groups["scope"].Value;
        var numbers = new[] { match.Groups["n"] }.Concat(match.Groups["more"].Captures).ToList();
        for (var k = 0; k < numbers.Count; k++)
        {
            var start = k == 0 ? match.Index : numbers[k - 1].Index + numbers[k - 1].Length;
            var end = k == numbers.Count - 1 ? match.Index + match.Length : numbers[k].Index + numbers[k].Length;
            if (ChineseNumerals.Parse(numbers[k].Value) is { } rank and > 0)
            {
                yield return new RankMention(start, end, rank, scope) { ListIndex = k, ListCount = numbers.Count };
            }
        }
    }

    /// <summary>
    /// The rank moved to is this report's claim; the rank moved from is one only where its year is
    /// written (由第10位 alone could be last year's or five years ago).
    /// </summary>
    private static IEnumerable<RankMention> Movement(Match match)
    {
        var scope = match.Groups["mscope"].Value;
        var from = match.Groups["from"];
        var toYear = match.Groups["toyear"].Success ? int.Parse(match.Groups["toyear"].Value, CultureInfo.InvariantCulture) : (int?)null;
        var lastYear = match.Groups["lastyear"].Success;
        var fromClaimed = false;
        if ((match.Groups["fromyear"].Success || lastYear) && ChineseNumerals.Parse(from.Value) is { } fromRank and > 0)
        {
            fromClaimed = true;
            // 由上年…第四位: the year before the one moved to.
            var fromYear = lastYear ? toYear - 1 : int.Parse(match.Groups["fromyear"].Value, CultureInfo.InvariantCulture);
            yield return new RankMention(match.Index, from.Index + from.Length, fromRank, scope, fromYear) { OfYearBefore = lastYear && toYear is null };
        }

        if (ChineseNumerals.Parse(match.Groups["to"].Value) is { } toRank and > 0)
        {
            // Without a claim of its own, the rank moved from is part of the words before this one.
            var start = fromClaimed ? from.Index + from.Length : match.Index;
            yield return new RankMention(start, match.Index + match.Length, toRank, scope, toYear);
        }
    }
}
