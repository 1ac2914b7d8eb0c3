using System.Text.RegularExpressions;

namespace Warehouse.Identification;

/// <summary>
/// Finds every report in a file's normalised text and cuts away the page furniture around it.
/// A report starts with a header: a title line (…政府工作报告) and/or a meeting line
/// (在X第N届人民代表大会第N次会议上), followed closely by the opening 各位代表. Headers with no opening
/// after them (related links, forum thread titles) do not start a report; a header far from the
/// next one (forum chrome in between) does not pull that chrome into the report. A report copied
/// without its header starts at its opening when that is the speech's first sentence
/// (各位代表:现在,我代表县人民政府向大会报告工作). A text with none of these (a news article, a
/// bulletin) is one segment without structure, for the classifier to judge.
/// </summary>
public static partial class ReportSplitter
{
    private const string Opening = "各位代表";

    /// <summary>A report with a title but no opening needs at least this much text after its title.</summary>
    private const int MinBodyWithoutOpening = 300;

    /// <summary>How far the opening may be from the header that starts a report.</summary>
    private const int MaxHeaderToOpening = 1500;

    /// <summary>Header lines more than this many non-empty lines apart belong to different things.</summary>
    private const int MaxLinesBetweenHeaders = 3;

    /// <summary>Title lines are short; a longer prefix before 政府工作报告 is a sentence.</summary>
    private const int MaxTitlePrefix = 80;

    /// <summary>A teaser (a page's preview of the report that follows) is shorter than this.</summary>
    private const int MaxTeaser = 1000;

    /// <summary>A speech's first sentence this close after a header's opening is that opening's.</summary>
    private const int SameOpening = 150;

    public static IReadOnlyList<ReportSegment> Split(string text)
    {
        var headers = FindHeaders(text);
        var segments = new List<(int Start, int Opening, bool HasTitle)>();
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

            var hasTitle = headers.Skip(groupStart).Take(next - groupStart).Any(header => header.IsTitle);
            segments.Add((headers[groupStart].Start, opening, hasTitle));
            h = next;
            while (h < headers.Count && headers[h].Start < opening + 4)
            {
                h++;
            }
        }

        AddOpeningsWithoutHeader(text, segments);
        if (segments.Count == 0 && WithoutOpening(text, headers) is { } untitled)
        {
            segments.Add((untitled.Start, untitled.Opening, true));
        }

        if (segments.Count == 0)
        {
            return [WholeText(text)];
        }

        var result = new List<ReportSegment>(segments.Count);
        var preambleStart = 0;
        for (var s = 0; s < segments.Count; s++)
        {
            // A page that shows the same speech twice (a transcript repeated under its summary): one report.
            while (s + 1 < segments.Count && IsRepeat(text, segments, s))
            {
                segments.RemoveAt(s + 1);
            }

            var end = s + 1 < segments.Count ? segments[s + 1].Start : text.Length;
            if (s + 1 < segments.Count && IsTeaser(text, segments[s].Opening, end, segments[s + 1].Opening))
            {
                // A teaser: the report after it starts here, with this header as its own.
                segments[s + 1] = (segments[s].Start, segments[s + 1].Opening, segments[s].HasTitle || segments[s + 1].HasTitle);
                continue;
            }

            end = PageFurniture.TrimTrailing(text, segments[s].Opening, end);
            result.Add(new ReportSegment(segments[s].Start, segments[s].Opening, end, preambleStart, HasStructure: true, segments[s].HasTitle));
            preambleStart = end;
        }

        return result;
    }

    /// <summary>Whether the speech after segment s is the start of segment s's own speech, shown again.</summary>
    private static bool IsRepeat(string text, List<(int Start, int Opening, bool HasTitle)> segments, int s)
    {
        var nextEnd = s + 2 < segments.Count ? segments[s + 2].Start : text.Length;
        var repeated = text.AsSpan(segments[s + 1].Opening, nextEnd - segments[s + 1].Opening);
        return StartsWithIgnoringLayout(text.AsSpan(segments[s].Opening, segments[s + 1].Start - segments[s].Opening), repeated);
    }

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="prefix"/> when line breaks and spaces are ignored.</summary>
    private static bool StartsWithIgnoringLayout(ReadOnlySpan<char> text, ReadOnlySpan<char> prefix)
    {
        var t = 0;
        var compared = 0;
        foreach (var c in prefix)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            while (t < text.Length && char.IsWhiteSpace(text[t]))
            {
                t++;
            }

            if (t == text.Length || text[t] != c)
            {
                return false;
            }

            t++;
            compared++;
        }

        return compared > 0;
    }

    /// <summary>A short speech that the next report repeats from its start: the page's preview of it.</summary>
    private static bool IsTeaser(string text, int opening, int end, int nextOpening)
    {
        var speech = text.AsSpan(opening, end - opening).Trim().TrimEnd(".…");
        return speech.Length < MaxTeaser && StartsWithIgnoringLayout(text.AsSpan(nextOpening), speech);
    }

    /// <summary>
    /// Reports copied from their opening on: a speech's first sentence (各位代表:现在,我代表…向大会报告)
    /// that no header claimed starts a report of its own, together with the speaker's line just above
    /// it (X市人民政府市长 张三).
    /// </summary>
    private static void AddOpeningsWithoutHeader(string text, List<(int Start, int Opening, bool HasTitle)> segments)
    {
        var claimed = segments.Select(segment => segment.Opening).ToList();
        var found = false;
        foreach (Match match in FirstSentencePattern().Matches(text))
        {
            if (!claimed.Any(opening => match.Index >= opening && match.Index < opening + SameOpening))
            {
                var start = LineStart(text, match.Index);
                var above = start > 0 ? LineStart(text, start - 1) : start;
                if (above < start && SpeakerLinePattern().IsMatch(text.AsSpan(above, start - 1 - above)))
                {
                    start = above;
                }

                segments.Add((start, match.Index, false));
                found = true;
            }
        }

        if (found)
        {
            segments.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// A report copied without its 各位代表 opening (an excerpt, a page of a paginated text): the first
    /// title with some text after it that is not more titles (a list of links to reports); its header
    /// runs to the end of the last header line that follows closely.
    /// </summary>
    private static (int Start, int Opening)? WithoutOpening(string text, List<(int Start, int End, bool IsTitle)> headers)
    {
        for (var h = 0; h < headers.Count; h++)
        {
            if (!headers[h].IsTitle || text.Length - headers[h].End < MinBodyWithoutOpening || IsFollowedByAnotherTitle(text, headers, h))
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

    /// <summary>
    /// A file with no report structure: the whole text to be classified, with the page furniture after
    /// it trimmed, unless that would leave little of it (a summary in bullet points is all short lines).
    /// </summary>
    private static ReportSegment WholeText(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = PageFurniture.TrimTrailing(text, start, text.Length);
        if (end - start < (text.Length - start) / 2)
        {
            end = text.TrimEnd().Length;
        }

        return new ReportSegment(start, start, Math.Max(start, end), 0, HasStructure: false, HasTitle: false);
    }

    private static List<(int Start, int End, bool IsTitle)> FindHeaders(string text)
    {
        var headers = new List<(int Start, int End, bool IsTitle)>();
        foreach (Match match in TitlePattern().Matches(text))
        {
            var lineStart = LineStart(text, match.Index);
            var prefix = text.AsSpan(lineStart, match.Index - lineStart);
            if (prefix.Length <= MaxTitlePrefix && prefix.IndexOfAny(",。;!?:") < 0 && !NamesTheAct(prefix) && TitleEndsHere(text, match.Index + match.Length))
            {
                headers.Add((lineStart, match.Index + match.Length, true));
            }
        }

        foreach (Match match in MeetingPattern().Matches(text))
        {
            var lineStart = LineStart(text, match.Index);
            var prefix = text.AsSpan(lineStart, match.Index - lineStart);
            var start = prefix.Length <= 40 && prefix.IndexOfAny(",。;!?") < 0 ? lineStart : match.Index;
            headers.Add((start, match.Index + match.Length, false));
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
        return rest.IsEmpty || rest.StartsWith("各位") || rest[0] is '(' or '—' or '-' or '在' or '》' or '】' or ']' or '"' or '”' or '|' || char.IsAsciiDigit(rest[0]);
    }

    /// <summary>"县长张三向大会作政府工作报告": a caption of the act (news, a photo), not the report's title.</summary>
    private static bool NamesTheAct(ReadOnlySpan<char> prefix)
    {
        var trimmed = prefix.TrimEnd(" 《\"“");
        foreach (var verb in ActVerbs)
        {
            if (trimmed.EndsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ActVerbs = ["作", "做", "作了", "发表", "宣读", "听取", "审议", "所作的", "所作"];

    /// <summary>A title with another on the next line or the one after: links to reports, or a title shown twice.</summary>
    private static bool IsFollowedByAnotherTitle(string text, List<(int Start, int End, bool IsTitle)> headers, int h) =>
        h + 1 < headers.Count
        && headers[h + 1].IsTitle
        && text.IndexOf('\n', headers[h].End, headers[h + 1].Start - headers[h].End) >= 0
        && NonEmptyLinesBetween(text, headers[h].End, headers[h + 1].Start) <= 1;

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

    /// <summary>在X第十七届人民代表大会第六次会议上 / 在区十四届人大六次会议上, also when a line break splits it.</summary>
    [GeneratedRegex(@"在(?:[^\n,。;]|\n(?!\n)){0,30}?(?:人民代表大会|人大)(?:[^\n,。;]|\n(?!\n)){0,15}?会议")]
    private static partial Regex MeetingPattern();

    /// <summary>
    /// The first sentence of a speech: 各位代表:现在,我代表县人民政府向大会报告工作 (or 受…委托,我代表…),
    /// also in a transcript that starts at 现在,我代表….
    /// Later paragraphs that start with 各位代表 thank or exhort; they never report to the congress.
    /// </summary>
    [GeneratedRegex(@"(?:各位(?:人大)?代表\s*[:!,]?\s*(?:现在\s*,?\s*)?|(?<=^|\n)现在\s*,?\s*)(?:受[^\n,。]{0,20}委托\s*,?\s*)?我代表[^。!?\n]{0,40}?(?:向大会|作政府工作报告|报告(?:政府)?工作)")]
    private static partial Regex FirstSentencePattern();

    /// <summary>The speaker's line above a speech: 包头市人民政府市长 张三, 县长 李四.</summary>
    [GeneratedRegex(@"^\s*(?:[^\n,。]{0,20}人民政府)?(?:代|副)?(?:省|市|县|区|州|旗|盟)长\s*[\u4e00-\u9fff]{1,4}\s*$|^\s*[^\n,。]{0,20}人民政府[^\n,。]{0,6}(?:长|主席)\s*[\u4e00-\u9fff]{1,4}\s*$")]
    private static partial Regex SpeakerLinePattern();
}
