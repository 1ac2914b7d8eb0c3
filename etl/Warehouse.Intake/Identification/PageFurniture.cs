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

    /// <summary>A short line that does not end like a sentence.</summary>
    public static bool IsFurniture(ReadOnlySpan<char> line) =>
        line.Length < LongLine && !EndsLikeSentence(line);

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
