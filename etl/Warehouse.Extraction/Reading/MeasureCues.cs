using System.Text.RegularExpressions;

namespace Warehouse.Extraction.Reading;

/// <summary>What the verb before a figure says it measures.</summary>
public enum Cue { None, Growth, Decline, AverageGrowth, AverageDecline, Delta, Level }

/// <summary>
/// Reads the verb in front of a figure: 增长/上涨 (growth), 下降/减少/回落 (negative growth),
/// 年均增长 (average growth), 增加了 + amount (a change, not a level), 增加到/达到 (a level).
/// </summary>
public static partial class MeasureCues
{
    [GeneratedRegex(
        @"(?<to>(?:增加|增长|提高|上升|提升|下降|减少|降低|回落|降)(?:到|至|为))" +
        @"|(?<decline>下降|减少|回落|降低|下滑|负增长|降)" +
        @"|(?<growth>增长|增速|增幅|提高|上升|上涨|涨幅|递增|增加|提升|净增)",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex CuePattern();

    // 实现8%的增长, 保持6.5%以上的中高速增长: the verb after a percentage.
    [GeneratedRegex(@"^的[^\d,，;；。]{0,5}?(?:增长|增速)", RegexOptions.CultureInvariant)]
    private static partial Regex GrowthAfterPattern();

    /// <summary>The cue of a figure from the words before it and, for a percentage with none, the words after it.</summary>
    public static Cue Read(string gap, bool percent, string after)
    {
        var cue = Read(gap, percent);
        if (cue == Cue.None && percent && GrowthAfterPattern().IsMatch(after))
        {
            return gap.Contains("年均") || gap.Contains("年平均") ? Cue.AverageGrowth : Cue.Growth;
        }

        return cue;
    }

    public static Cue Read(string gap, bool percent)
    {
        var match = CuePattern().Match(gap);
        var average = gap.Contains("年均") || gap.Contains("年平均");
        if (!match.Success || match.Groups["to"].Success)
        {
            return match.Success ? Cue.Level : Cue.None;
        }

        var decline = match.Groups["decline"].Success;
        if (!percent)
        {
            // 增加1.2亿元 is a change; only a figure right after the verb is one.
            var tail = gap[(match.Index + match.Length)..];
            return tail.Trim().TrimStart('了').Length <= 2 ? Cue.Delta : Cue.Level;
        }

        return (average, decline) switch
        {
            (true, true) => Cue.AverageDecline,
            (true, false) => Cue.AverageGrowth,
            (false, true) => Cue.Decline,
            _ => Cue.Growth,
        };
    }
}
