namespace Warehouse.Text;

/// <summary>
/// Normalisation step: some pages write the decimal point as the ideographic full stop (增长9。5%,
/// 373。15亿元), an input-method slip that ends the sentence for every reader. 。 between digits
/// becomes '.' (one character for one, so offsets do not move) where it cannot end a sentence:
/// before a percentage (9。5%: no sentence starts with "5%"). Before another unit (373。15亿元) only
/// when the text has made the slip before a percentage at least <see cref="SlipsThatProveTheHabit"/>
/// times, since "全省第13。5个断面…" is a real sentence end.
/// </summary>
internal static class DecimalPoints
{
    private const int SlipsThatProveTheHabit = 2;

    private static readonly string[] Percentages = ["%", "‰", "个百分点"];

    private static readonly string[] Units =
    [
        "%", "‰", "个百分点", "亿", "万", "元", "倍", "美元", "吨", "公斤", "千克", "千瓦", "平方", "公里", "亩", "公顷",
    ];

    public static string Repair(string text)
    {
        var first = FirstCandidate(text, 0);
        if (first < 0)
        {
            return text;
        }

        var habit = 0;
        for (var at = first; at >= 0 && habit < SlipsThatProveTheHabit; at = FirstCandidate(text, at + 1))
        {
            habit += FollowedBy(text, at, Percentages) ? 1 : 0;
        }

        var units = habit >= SlipsThatProveTheHabit ? Units : Percentages;
        char[]? repaired = null;
        for (var at = first; at >= 0; at = FirstCandidate(text, at + 1))
        {
            if (FollowedBy(text, at, units) && !IsOrdinal(text, at))
            {
                repaired ??= text.ToCharArray();
                repaired[at] = '.';
            }
        }

        return repaired is null ? text : new string(repaired);
    }

    /// <summary>The next 。 with a digit on both sides, at or after <paramref name="from"/>; -1 when none.</summary>
    private static int FirstCandidate(string text, int from)
    {
        for (var at = text.IndexOf('。', from); at >= 0; at = text.IndexOf('。', at + 1))
        {
            if (at > 0 && at + 1 < text.Length && char.IsAsciiDigit(text[at - 1]) && char.IsAsciiDigit(text[at + 1]))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>Whether the digits after the stop at <paramref name="at"/> run into one of the units.</summary>
    private static bool FollowedBy(string text, int at, string[] units)
    {
        var end = at + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        var rest = text.AsSpan(end);
        foreach (var unit in units)
        {
            if (rest.StartsWith(unit, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>第13。5…: the digits before the stop are a rank or an ordinal, which has no decimals.</summary>
    private static bool IsOrdinal(string text, int at)
    {
        var start = at;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        return start > 0 && text[start - 1] == '第';
    }
}
