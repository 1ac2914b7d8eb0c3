using System.Text.RegularExpressions;

namespace Warehouse.Identification;

/// <summary>
/// Finds every report in a file's normalised text and cuts away the page furniture around it.
/// A report starts with a header: a title line (…政府工作报告) and/or a meeting line
/// (在X第N届人民代表大会第N次会议上), followed closely by the opening 各位代表. Headers with no opening
/// after them (related links, forum thread titles) do not start a report; a header far from the
/// next one (forum chrome in between) does not pull that chrome into the report.
/// </summary>
public static partial class ReportSplitter
{
    private const string Opening = "各位代表";

    /// <summary>A report with a title but no opening needs at least this much text after its title.</summary>
    private const int MinBodyWithoutOpening = 1000;

    /// <summary>How far the opening may be from the header that starts a report.</summary>
    private const int MaxHeaderToOpening = 1500;

    /// <summary>Header lines more than this many non-empty lines apart belong to different things.</summary>
    private const int MaxLinesBetweenHeaders = 3;

    /// <summary>Title lines are short; a longer prefix before 政府工作报告 is a sentence.</summary>
    private const int MaxTitlePrefix = 80;

    public static IReadOnlyList<ReportSegment> Split(string text)
    {
        var headers = FindHeaders(text);
        var segments = new List<(int Start, int Opening)>();
        var h = 0;
        while (h < headers.Count)
        {
            var opening = FindOpening(text, headers[h].End, headers[h].Start + MaxHeaderToOpening);
            if (opening < 0)
            {
                h++;
                continue;
            }

            // The headers up to the opening form one group, unless furniture separates them.
            var groupStart = h;
            var next = h + 1;
            while (next < headers.Count && headers[next].Start < opening)
            {
                if (NonEmptyLinesBetween(text, headers[next - 1].End, headers[next].Start) > MaxLinesBetweenHeaders)
                {
                    groupStart = next;
                }

                next++;
            }

            segments.Add((headers[groupStart].Start, opening));
            h = next;
            while (h < headers.Count && headers[h].Start < opening + 4)
            {
                h++;
            }
        }

        if (segments.Count == 0 && WithoutOpening(text, headers) is { } untitled)
        {
            segments.Add(untitled);
        }

        if (segments.Count == 0)
        {
            return [WholeText(text)];
        }

        var result = new List<ReportSegment>(segments.Count);
        var preambleStart = 0;
        for (var s = 0; s < segments.Count; s++)
        {
            var end = s + 1 < segments.Count ? segments[s + 1].Start : text.Length;
            end = PageFurniture.TrimTrailing(text, segments[s].Opening, end);
            result.Add(new ReportSegment(segments[s].Start, segments[s].Opening, end, preambleStart, HasStructure: true));
            preambleStart = end;
        }

        return result;
    }

    /// <summary>
    /// A report copied without its 各位代表 opening: the first header with a report's worth of text
    /// after it; its header runs to the end of the last header line that follows closely.
    /// </summary>
    private static (int Start, int Opening)? WithoutOpening(string text, List<(int Start, int End)> headers)
    {
        for (var h = 0; h < headers.Count; h++)
        {
            if (text.Length - headers[h].End < MinBodyWithoutOpening)
            {
                continue;
            }

            var last = h;
            while (last + 1 < headers.Count && NonEmptyLinesBetween(text, headers[last].End, headers[last + 1].Start) <= 1)
            {
                last++;
            }

            var lineEnd = text.IndexOf('\n', headers[last].End);
            return (headers[h].Start, lineEnd < 0 ? headers[last].End : lineEnd + 1);
        }

        return null;
    }

    /// <summary>A file with no report structure: the whole text (furniture trimmed) to be classified.</summary>
    private static ReportSegment WholeText(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = PageFurniture.TrimTrailing(text, start, text.Length);
        return new ReportSegment(start, start, Math.Max(start, end), 0, HasStructure: false);
    }

    private static List<(int Start, int End)> FindHeaders(string text)
    {
        var headers = new List<(int Start, int End)>();
        foreach (Match match in TitlePattern().Matches(text))
        {
            var lineStart = LineStart(text, match.Index);
            var prefix = text.AsSpan(lineStart, match.Index - lineStart);
            if (prefix.Length <= MaxTitlePrefix && prefix.IndexOfAny(",。;!?:") < 0 && TitleEndsHere(text, match.Index + match.Length))
            {
                headers.Add((lineStart, match.Index + match.Length));
            }
        }

        foreach (Match match in MeetingPattern().Matches(text))
        {
            var lineStart = LineStart(text, match.Index);
            var prefix = text.AsSpan(lineStart, match.Index - lineStart);
            var start = prefix.Length <= 40 && prefix.IndexOfAny(",。;!?") < 0 ? lineStart : match.Index;
            headers.Add((start, match.Index + match.Length));
        }

        headers.Sort();
        return headers;
    }

    /// <summary>
    /// The first speech opening in [from, limit]: 各位代表 followed by a colon or by 我代表 (现在，我代表县人民政府…).
    /// 各位代表 also starts paragraphs inside a speech (各位代表！过去的一年…), which must not start a report.
    /// </summary>
    private static int FindOpening(string text, int from, int limit)
    {
        for (var match = OpeningPattern().Match(text, from); match.Success && match.Index <= limit; match = match.NextMatch())
        {
            var afterStart = match.Index + match.Length;
            var after = text.AsSpan(afterStart, Math.Min(40, text.Length - afterStart));
            var sentenceEnd = after.IndexOfAny("!。?");
            var colon = (sentenceEnd < 0 ? after : after[..sentenceEnd]).IndexOf(':');
            if ((colon >= 0 && colon <= 12) || after.Contains("我代表", StringComparison.Ordinal))
            {
                return match.Index;
            }
        }

        return -1;
    }

    /// <summary>What may follow 政府工作报告 on a title line: nothing, the opening, a date, a bracket.</summary>
    private static bool TitleEndsHere(string text, int end)
    {
        var lineEnd = text.IndexOf('\n', end);
        var rest = text.AsSpan(end, (lineEnd < 0 ? text.Length : lineEnd) - end).TrimStart(' ');
        return rest.IsEmpty || rest.StartsWith("各位") || rest[0] is '(' or '—' or '-' or '在' or '》' or '】' or ']' or '"' or '”' || char.IsAsciiDigit(rest[0]);
    }

    private static int LineStart(string text, int index) => index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;

    private static int NonEmptyLinesBetween(string text, int from, int to)
    {
        var count = 0;
        var inLine = false;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n')
            {
                inLine = false;
            }
            else if (!inLine && !char.IsWhiteSpace(text[i]))
            {
                inLine = true;
                count++;
            }
        }

        return count;
    }

    [GeneratedRegex("各位(?:人大)?代表")]
    private static partial Regex OpeningPattern();

    /// <summary>…政府工作报告, or 人民政府2021年工作报告 with the year inside.</summary>
    [GeneratedRegex(@"政府工作报告|人民政府(?:19|20)\d{2}\s*年度?工作报告")]
    private static partial Regex TitlePattern();

    /// <summary>在X第十七届人民代表大会第六次会议上 / 在区十四届人大六次会议上.</summary>
    [GeneratedRegex(@"在[^\n,。;]{0,30}?(?:人民代表大会|人大)[^\n,。;]{0,15}?会议")]
    private static partial Regex MeetingPattern();
}
