namespace Warehouse.Text;

/// <summary>
/// Normalisation step: line breaks that are layout, not structure. Text copied from a PDF or a
/// fixed-width page breaks every line at the same width, inside words and figures (地区生产总\n值,
/// 年均增\n长8.5%); a break inside a figure (34\n0亿元) splits it anywhere. Such breaks go, so a
/// sentence reads as one; every other break stays, since line starts carry headings and paragraphs.
/// A text is hard-wrapped when many of its lines share one width (within <see cref="WidthSlack"/>);
/// a line of that width that does not end a sentence then continues on the next line.
/// </summary>
internal sealed class LineUnwrapping
{
    /// <summary>Wrapped lines end a little short of the wrap width (a wide character did not fit).</summary>
    private const double WidthSlack = 0.15;

    /// <summary>Narrower "wrap widths" are lists of short items, not wrapped prose.</summary>
    private const int MinWrapWidth = 30;

    /// <summary>Wider ones are paragraphs that happen to be as long as each other.</summary>
    private const int MaxWrapWidth = 160;

    private const int MinWrappedLines = 5;

    /// <summary>Share of the non-empty lines that must be at the wrap width.</summary>
    private const double MinWrappedShare = 0.4;

    /// <summary>The text with its layout breaks removed, or null when it has none.</summary>
    public MappedText? Apply(string input)
    {
        var lines = Lines(input);
        var wrapWidth = WrapWidth(lines);
        var joins = new bool[lines.Count];
        var any = false;
        for (var l = 0; l + 1 < lines.Count; l++)
        {
            joins[l] = IsWrapped(input, lines[l], lines[l + 1], wrapWidth) || SplitsAFigure(input, lines[l].Start, lines[l].End);
            any |= joins[l];
        }

        if (!any)
        {
            return null;
        }

        var output = new MappedTextBuilder(input.Length);
        for (var l = 0; l < lines.Count; l++)
        {
            var (start, end, _) = lines[l];
            output.AppendUnchanged(input, start, end);

            if (end < input.Length && !joins[l])
            {
                output.Append('\n', end);
            }
        }

        return output.Build(input.Length);
    }

    private static List<(int Start, int End, int Width)> Lines(string input)
    {
        var lines = new List<(int Start, int End, int Width)>();
        var start = 0;
        while (start <= input.Length)
        {
            var newline = input.IndexOf('\n', start);
            var end = newline < 0 ? input.Length : newline;

            // A line longer than the widest wrap width can be (each character at least one column) is a paragraph.
            var width = end - start > MaxWrapWidth ? int.MaxValue : 0;
            for (var i = start; i < end && width <= MaxWrapWidth; i++)
            {
                width += WhitespaceCleanup.IsChineseLike(input[i]) ? 2 : 1;
            }

            lines.Add((start, end, width));
            if (newline < 0)
            {
                break;
            }

            start = newline + 1;
        }

        return lines;
    }

    /// <summary>The width most lines are wrapped at, or 0 when the text is not hard-wrapped.</summary>
    private static int WrapWidth(List<(int Start, int End, int Width)> lines)
    {
        var nonEmpty = lines.Count(line => line.Width > 0);
        var candidates = lines.Where(line => line.Width is >= MinWrapWidth and <= MaxWrapWidth).Select(line => line.Width).ToList();
        if (candidates.Count < MinWrappedLines)
        {
            return 0;
        }

        var best = (Width: 0, Count: 0);
        foreach (var width in candidates.Distinct())
        {
            var count = candidates.Count(other => other <= width && other >= width * (1 - WidthSlack));
            if (count > best.Count)
            {
                best = (width, count);
            }
        }

        return best.Count >= MinWrappedLines && best.Count >= nonEmpty * MinWrappedShare ? best.Width : 0;
    }

    private static bool IsWrapped(string input, (int Start, int End, int Width) line, (int Start, int End, int Width) next, int wrapWidth) =>
        wrapWidth > 0
        && line.Width >= wrapWidth * (1 - WidthSlack)
        && line.Width <= wrapWidth
        && next.End > next.Start
        && !EndsSentence(input[line.End - 1])
        && (WhitespaceCleanup.IsChineseLike(input[line.End - 1]) || WhitespaceCleanup.IsChineseLike(input[next.Start]) || char.IsAsciiDigit(input[next.Start]))
        && !StartsHeading(input, next.Start);

    /// <summary>"完成34\n0亿元": digits on both sides of the break, the first after words, the second running into a unit.</summary>
    private static bool SplitsAFigure(string input, int lineStart, int lineEnd)
    {
        var next = lineEnd + 1;
        if (lineEnd == lineStart || next >= input.Length || !char.IsAsciiDigit(input[lineEnd - 1]) || !char.IsAsciiDigit(input[next]))
        {
            return false;
        }

        var digitsStart = lineEnd - 1;
        while (digitsStart > lineStart && (char.IsAsciiDigit(input[digitsStart - 1]) || input[digitsStart - 1] == '.'))
        {
            digitsStart--;
        }

        var before = digitsStart == lineStart ? '\0' : input[digitsStart - 1];
        if (!WhitespaceCleanup.IsChineseLike(before) || char.IsPunctuation(before) || before == '第')
        {
            return false;
        }

        var after = next;
        while (after < input.Length && (char.IsAsciiDigit(input[after]) || input[after] == '.'))
        {
            after++;
        }

        return after < input.Length && (input[after] is '%' or '亿' or '万' or '元' or '吨' or '倍');
    }

    private static bool EndsSentence(char c) => c is '。' or '!' or '?' or ';' or ':' or '”' or '"' or '」' or '』' or ')' or '…';

    /// <summary>一、 (一) 1. 第一 — a heading or list item begins on its own line.</summary>
    private static bool StartsHeading(string input, int start)
    {
        var c = input[start];
        if (c is '(' or '【' or '[' or '—' or '-' or '●' or '■' or '◆' or '★')
        {
            return true;
        }

        var second = start + 1 < input.Length ? input[start + 1] : '\0';
        return ("一二三四五六七八九十".Contains(c, StringComparison.Ordinal) && second is '、' or '是' or '要')
            || (char.IsAsciiDigit(c) && second is '、' or '.' && start + 2 < input.Length && !char.IsAsciiDigit(input[start + 2]))
            || (c == '第' && "一二三四五六七八九十".Contains(second, StringComparison.Ordinal));
    }
}
