using System.Buffers;

namespace Warehouse.Text;

/// <summary>
/// Normalisation step: whitespace. Chinese is written without spaces, so a space next to a
/// Chinese character or Chinese punctuation is debris from PDF line breaks or page layout
/// ("第六 次会议", "请予审议 ,并请") and goes, as does a space inside a figure ("20.2 %", "385. 23"); between Latin words or numbers one space stays.
/// Lines lose their indentation and trailing blanks; runs of blank lines become one.
/// Line breaks themselves stay: they carry the document's paragraph structure.
/// </summary>
internal sealed class WhitespaceCleanup
{
    public MappedText Apply(string input)
    {
        var output = new MappedTextBuilder(input.Length);
        var lineStart = 0;
        while (lineStart <= input.Length)
        {
            var newline = input.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? input.Length : newline;
            AppendLine(input, lineStart, lineEnd, output);
            if (newline < 0)
            {
                break;
            }

            if (!EndsWithBlankLine(output))
            {
                output.Append('\n', newline);
            }

            lineStart = newline + 1;
        }

        return output.Build(input.Length);
    }

    private static void AppendLine(string input, int start, int end, MappedTextBuilder output)
    {
        while (start < end && IsHorizontalSpace(input[start]))
        {
            start++;
        }

        while (end > start && IsHorizontalSpace(input[end - 1]))
        {
            end--;
        }

        var i = start;
        while (i < end)
        {
            var space = input.AsSpan(i, end - i).IndexOfAny(HorizontalSpaces);
            if (space != 0)
            {
                var wordEnd = space < 0 ? end : i + space;
                output.AppendUnchanged(input, i, wordEnd);
                i = wordEnd;
                continue;
            }

            var runStart = i;
            while (i < end && IsHorizontalSpace(input[i]))
            {
                i++;
            }

            if (!IsChineseLike(input[runStart - 1]) && !IsChineseLike(input[i]) && !HugsPunctuation(input[runStart - 1], input[i])
                && !SplitsNumber(input, runStart, i))
            {
                output.Append(' ', runStart);
            }
        }
    }

    /// <summary>True when the output already ends with an empty line (or is empty), so another break would add nothing.</summary>
    private static bool EndsWithBlankLine(MappedTextBuilder output) =>
        output.Length == 0 || (output.Length >= 2 && output[^1] == '\n' && output[^2] == '\n');

    /// <summary>No space before a closing mark or after an opening one ("6.5% ," → "6.5%,").</summary>
    private static bool HugsPunctuation(char before, char after) =>
        after is ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']' || before is '(' or '[';

    /// <summary>A space inside a figure: before its percent sign ("20.2 %") or after its decimal point ("385. 23").</summary>
    private static bool SplitsNumber(string input, int spaceStart, int after) =>
        char.IsAsciiDigit(input[spaceStart - 1]) ? input[after] == '%'
        : input[spaceStart - 1] == '.' && spaceStart >= 2 && char.IsAsciiDigit(input[spaceStart - 2]) && char.IsAsciiDigit(input[after]);

    private static readonly SearchValues<char> HorizontalSpaces = SearchValues.Create(" \t\u3000\u00A0");

    private static bool IsHorizontalSpace(char c) => HorizontalSpaces.Contains(c);

    /// <summary>Ideographs, CJK punctuation, full-width forms, and the dashes, quotes and ellipses Chinese text uses.</summary>
    public static bool IsChineseLike(char c) => c is
        (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or
        (>= '\u3000' and <= '\u303F') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFFEF') or
        (>= '\u2010' and <= '\u2027') or '\u00B7' or
        (>= '\uD800' and <= '\uDFFF');
}
