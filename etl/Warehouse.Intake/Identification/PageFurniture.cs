namespace Warehouse.Identification;

/// <summary>
/// Recognises the page furniture that follows a report on a web page: short lines that are not
/// sentences (publication dates, "联系我们", login prompts, related links, copyright lines).
/// </summary>
public static class PageFurniture
{
    /// <summary>A line at least this long is report text, whatever it ends with.</summary>
    private const int LongLine = 60;

    /// <summary>
    /// Moves <paramref name="end"/> back over trailing furniture lines, never before
    /// <paramref name="floor"/>. Returns the new end (just after the last kept character).
    /// </summary>
    public static int TrimTrailing(string text, int floor, int end)
    {
        while (end > floor)
        {
            var lineStart = text.LastIndexOf('\n', end - 1) + 1;
            if (lineStart < floor)
            {
                lineStart = floor;
            }

            var line = text.AsSpan(lineStart, end - lineStart).Trim();
            if (line.Length > 0 && !IsFurniture(line))
            {
                return lineStart + text.AsSpan(lineStart, end - lineStart).TrimEnd().Length;
            }

            if (lineStart == floor)
            {
                return floor;
            }

            end = lineStart - 1;
        }

        return floor;
    }

    /// <summary>
    /// Furniture lines between a report's title and its opening (加入Vip免费下载, 发布时间, 字号 大 中 小):
    /// spans of whole lines, line break included, in [start, end) of <paramref name="text"/>.
    /// Only lines with a furniture word go: the speaker's line (县人民政府县长 张三) stays.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> LinesBetween(string text, int start, int end)
    {
        var spans = new List<(int Start, int End)>();
        var lineStart = start;
        while (lineStart < end)
        {
            var newline = text.IndexOf('\n', lineStart, end - lineStart);
            var lineEnd = newline < 0 ? end : newline;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (IsFurniture(line.Trim()) && ContainsFurnitureWord(line) && !line.Contains("政府", StringComparison.Ordinal))
            {
                spans.Add((lineStart, newline < 0 ? end : newline + 1));
            }

            lineStart = lineEnd + 1;
        }

        return spans;
    }

    private static bool ContainsFurnitureWord(ReadOnlySpan<char> line)
    {
        foreach (var word in FurnitureWords)
        {
            if (line.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] FurnitureWords =
    [
        "下载", "登录", "注册", "收藏", "分享", "复制链接", "首页", "打印", "字号", "浏览", "阅读", "点击",
        "来源:", "发布时间", "责任编辑", "购物车", "扫一扫", "返回", "关闭", "Vip", "VIP",
    ];

    /// <summary>A short line that does not end like a sentence.</summary>
    public static bool IsFurniture(ReadOnlySpan<char> line) =>
        line.IsEmpty || (line.Length < LongLine && !EndsLikeSentence(line));

    private static bool EndsLikeSentence(ReadOnlySpan<char> line) =>
        line[^1] is '。' or '!' or '?' or ';' or '”' or '"' or '」' or ')' or '…' or '.' && !IsDateOrNumber(line);

    private static bool IsDateOrNumber(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (!char.IsAsciiDigit(c) && c is not ('-' or ':' or '.' or '/' or ' '))
            {
                return false;
            }
        }

        return true;
    }
}
