using System.Text.RegularExpressions;
using Warehouse.Extraction.Numbers;

namespace Warehouse.Extraction.Reading;

/// <summary>Finds rank claims (增幅全市第3, 位居全省第一, 领跑全市) in a span of normalised text.</summary>
public static partial class RankReader
{
    // 第一方阵, 第一批, 第2届 … are not ranks: the lookahead refuses them.
    [GeneratedRegex(
        @"(?<scope>全市|全州|全盟|全省|全区|全国)(?:[^第,，;；。、]{0,8}?)第(?<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?:位|名)?(?![方梯批次届个家轮期])" +
        @"|(?:领跑|领先|领跑于)(?<leadscope>全市|全州|全盟|全省|全区|全国)" +
        @"|(?<firstscope>全市|全州|全盟|全省|全区|全国)(?:之首|首位|居首)",
        RegexOptions.CultureInvariant)]
    private static partial Regex RankPattern();

    public static IReadOnlyList<RankMention> FindAll(string text, int start, int end)
    {
        var found = new List<RankMention>();
        for (var match = RankPattern().Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            var stop = match.Index + match.Length;
            if (match.Groups["n"].Success)
            {
                if (ChineseNumerals.Parse(match.Groups["n"].Value) is { } rank and > 0)
                {
                    found.Add(new RankMention(match.Index, stop, rank, match.Groups["scope"].Value));
                }
            }
            else
            {
                var scope = match.Groups["leadscope"].Success ? match.Groups["leadscope"] : match.Groups["firstscope"];
                found.Add(new RankMention(match.Index, stop, 1, scope.Value));
            }
        }

        return found;
    }
}
