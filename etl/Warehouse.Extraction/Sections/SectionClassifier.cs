using System.Buffers;
using System.Text.RegularExpressions;

namespace Warehouse.Extraction.Sections;

/// <summary>
/// Cuts a report into review, multi-year review, targets, plan and work-plan sections from the
/// heading phrases reports use. Headings often run inline (scraped text has no line breaks), so
/// markers are found anywhere; a marker only counts when it reads like the start of a section.
/// </summary>
public sealed partial class SectionClassifier
{
    // One pattern per kind of marker, each starting with few distinct characters so the engine can
    // skip ahead with a vectorised search (one big alternation runs several times slower). Where
    // markers overlap, the leftmost wins, then the one listed first, as in an alternation.
    [GeneratedRegex(@"二〇三五年远景目标(?:是|为)|2035年远景目标(?:是|为)", RegexOptions.CultureInvariant)]
    private static partial Regex VisionPattern();

    // A plan's goals as a noun's modifier (实现“十四五”规划目标任务的关键一年) head no section.
    [GeneratedRegex(@"(?<planname>" + FiveYearPlans.NamePattern + @")”?(?:时期|期间|规划)?[^。;；]{0,16}?(?:主要目标|预期目标|奋斗目标|发展目标|目标任务|主要指标)(?:是|为)?(?!的)|(?:今后|未来)五年", RegexOptions.CultureInvariant)]
    private static partial Regex PlanPattern();

    [GeneratedRegex(@"过去五年|五年来|(?<reviewname>" + FiveYearPlans.NamePattern + @")”?(?:(?:时期|期间)(?!.{0,4}(?:规划|目标))|(?:工作|发展)?回顾)", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodReviewPattern();

    [GeneratedRegex(@"(?:\d{4}年|过去一年|一年来)(?:的)?(?:工作|主要工作)?(?:和|及|暨)?[^。;；]{0,12}?回顾", RegexOptions.CultureInvariant)]
    private static partial Regex ReviewPattern();

    // "预期目标" alone is often a remark (超过预期目标, 与预期目标有差距): a targets heading says what
    // they are, or ends its line, as a digest's 展望2021年 does.
    [GeneratedRegex(@"预期(?:目标|指标)(?:和约束性指标)?(?:建议)?(?:是|为|[:：]|(?=[ \t　]*\n))|主要(?:经济)?指标的?计划安排(?:是|为)?|(?:主要|发展|奋斗)目标(?:建议)?(?:是|为)|展望(?:\d{4}年|今年)(?=[ \t　]*\n)", RegexOptions.CultureInvariant)]
    private static partial Regex TargetsPattern();

    // 过去一年,… / 去年,… opening a sentence (ToSection checks that it does): the paragraph speaks
    // of the review year, wherever it stands.
    [GeneratedRegex(@"(?:过去的?一年|去年)(?=[,，]|我们)", RegexOptions.CultureInvariant)]
    private static partial Regex PastYearPattern();

    // What may follow the anchor word here (目标 → 是/为/确, 工作 → 安/任/建/部 below) is also each
    // marker's Follow set in Markers: change the two together, or anchors are passed by wrongly.
    [GeneratedRegex(@"(?:增长|增速)目标(?:是|为|确定为)", RegexOptions.CultureInvariant)]
    private static partial Regex GrowthTargetPattern();

    [GeneratedRegex(@"(?:分为|分成|共分|包括)[^。;；\n]{0,60}?[一二三四五六七八九十两\d]{1,2}(?:个|大)?(?:部分|方面)|分[一二三四五六七八九十两\d]{1,2}个?(?:部分|方面)", RegexOptions.CultureInvariant)]
    private static partial Regex OutlinePattern();

    [GeneratedRegex(@"(?:\d{4}年|今年)(?:的)?(?:政府)?(?:重点)?工作(?:安排|任务|建议|部署)", RegexOptions.CultureInvariant)]
    private static partial Regex ThisYearsWorkPattern();

    [GeneratedRegex(@"重点(?:抓好|做好|推进|安排)(?:好)?以下|为(?:实现|完成)(?:上述|这一|以上|全年)?(?:目标|任务)", RegexOptions.CultureInvariant)]
    private static partial Regex WorkPlanPattern();

    /// <summary>
    /// The markers in the order an alternation would try them. A marker with an anchor is only
    /// looked for in a window around each occurrence of its anchor word: patterns that start with
    /// a digit would otherwise be tried at every number of the report. Where a marker's anchor is
    /// always followed by one of a few characters (工作 by 安排, 任务, 建议 or 部署), an anchor
    /// followed by none of them (most of a report's 工作) is passed by.
    /// </summary>
    private static readonly (Func<Regex> Pattern, string Kind, string? Anchor, SearchValues<char>? Follow)[] Markers =
    [
        (VisionPattern, "vision", null, null),
        (PlanPattern, "plan", null, null),
        (PeriodReviewPattern, "periodreview", null, null),
        (ReviewPattern, "review", "回顾", null),
        (PastYearPattern, "pastyear", null, null),
        (TargetsPattern, "targets", null, null),
        (GrowthTargetPattern, "targets", "目标", SearchValues.Create("是为确")),
        (ThisYearsWorkPattern, "workplan", "工作", SearchValues.Create("安任建部")),
        (WorkPlanPattern, "workplan", null, null),
    ];

    /// <summary>How far before its anchor word a marker may start (2020年工作和“十三五”发展回顾).</summary>
    private const int AnchorReach = 32;

    [GeneratedRegex(@"到(?<year>20[0-9][0-9])年", RegexOptions.CultureInvariant)]
    private static partial Regex ByYearPattern();

    public IReadOnlyList<Section> Classify(string text, int? reportYear)
    {
        var sections = new List<Section> { new(0, SectionKind.Review, null) };
        var currentPlan = reportYear is { } year ? FiveYearPlans.Containing(year) : (int?)null;
        var outlines = OutlineSpans(text);
        // This year's targets and a paragraph opening with 过去一年 last one paragraph; then the
        // report goes on with the work plan, or with what it was saying before.
        (int End, Section Then)? paragraphEnd = null;
        foreach (var (match, kind) in FindMarkers(text))
        {
            if (outlines.Any(o => o.Start <= match.Index && match.Index < o.End))
            {
                continue;
            }

            if (paragraphEnd is { } pending && match.Index >= pending.End)
            {
                Add(sections, pending.Then with { Start = pending.End });
                paragraphEnd = null;
            }

            var before = sections[^1];
            var section = ToSection(match, kind, text, reportYear, currentPlan, before.Kind);
            if (section is null || section.Kind == before.Kind)
            {
                continue;
            }

            Add(sections, section);
            paragraphEnd = section.Kind == SectionKind.Targets ? (TargetsEnd(text, match.Index + match.Length), new Section(0, SectionKind.WorkPlan, null))
                : kind == "pastyear" ? (ParagraphEnd(text, section.Start), paragraphEnd?.Then ?? before)
                : null;
        }

        if (paragraphEnd is { } last && last.End < text.Length)
        {
            Add(sections, last.Then with { Start = last.End });
        }

        return sections;
    }

    private static void Add(List<Section> sections, Section section)
    {
        if (section.Kind != sections[^1].Kind)
        {
            sections.Add(section);
        }
    }

    /// <summary>Whether only spaces stand between a position and the start of its sentence.</summary>
    private static bool OpensSentence(string text, int position)
    {
        var i = position - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '　')
        {
            i--;
        }

        return i < 0 || text[i] is '。' or '！' or '\n';
    }

    private static int ParagraphEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }

    /// <summary>
    /// This year's targets are one paragraph, or, when the heading ends its line (主要预期目标是:),
    /// the list of lines that follows it, one target per line (◆地区生产总值增长5%;), up to the
    /// first line that is no list item.
    /// </summary>
    private static int TargetsEnd(string text, int markerEnd)
    {
        var end = ParagraphEnd(text, markerEnd);
        if (!string.IsNullOrWhiteSpace(text[markerEnd..end].Trim(':', '：')))
        {
            return end;
        }

        // A heading that ends its line: the targets follow in the next paragraph, or as list items.
        var first = true;
        while (end < text.Length)
        {
            var next = ParagraphEnd(text, end + 1);
            var line = text.AsSpan(end + 1, next - end - 1).Trim();
            if (line.Length > 0 && !first && !ListItemPattern().IsMatch(line))
            {
                break;
            }

            first &= line.Length == 0;
            end = next;
        }

        return end;
    }

    // A list item's opening: a bullet, or a number of a list ((1), 1., ①, 一是).
    [GeneratedRegex(@"^(?:[◆◇●○•·▪■□★☆▶►\-—*]|[(（]?\d{1,2}[)）.、]|[①②③④⑤⑥⑦⑧⑨⑩]|[一二三四五六七八九十]是)", RegexOptions.CultureInvariant)]
    private static partial Regex ListItemPattern();

    /// <summary>The section a position of the text lies in.</summary>
    public static Section At(IReadOnlyList<Section> sections, int position)
    {
        var low = 0;
        var high = sections.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (sections[mid].Start <= position)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return sections[low];
    }

    /// <summary>All markers in text order; of overlapping ones the leftmost (then first listed) wins.</summary>
    private static IEnumerable<(Match Match, string Kind)> FindMarkers(string text)
    {
        var all = new List<(Match Match, string Kind, int Order)>();
        for (var order = 0; order < Markers.Length; order++)
        {
            var (pattern, kind, anchor, follow) = Markers[order];
            foreach (var match in anchor is null ? pattern().Matches(text) : MatchesNear(pattern(), anchor, follow, text))
            {
                all.Add((match, kind, order));
            }
        }

        all.Sort((a, b) => a.Match.Index != b.Match.Index ? a.Match.Index.CompareTo(b.Match.Index) : a.Order.CompareTo(b.Order));
        var end = 0;
        foreach (var (match, kind, _) in all)
        {
            if (match.Index >= end)
            {
                end = match.Index + match.Length;
                yield return (match, kind);
            }
        }
    }

    private static IEnumerable<Match> MatchesNear(Regex pattern, string anchor, SearchValues<char>? follow, string text)
    {
        var searchedUpTo = 0;
        for (var at = text.IndexOf(anchor, StringComparison.Ordinal); at >= 0; at = text.IndexOf(anchor, at + 1, StringComparison.Ordinal))
        {
            var start = Math.Max(searchedUpTo, at - AnchorReach);
            var end = Math.Min(text.Length, at + anchor.Length + 4);
            var next = at + anchor.Length;
            if (follow is null || (next < text.Length && follow.Contains(text[next])))
            {
                for (var match = pattern.Match(text, start, end - start); match.Success; match = match.NextMatch())
                {
                    yield return match;
                }
            }

            searchedUpTo = end;
        }
    }

    private static Section? ToSection(Match match, string kind, string text, int? reportYear, int? currentPlan, SectionKind current)
    {
        var start = match.Index;
        if (kind == "vision")
        {
            return new Section(start, SectionKind.Other, null);
        }

        if (kind == "plan")
        {
            var number = match.Groups["planname"].Success ? FiveYearPlans.NumberOf(match.Groups["planname"].Value) : currentPlan;
            // A past plan's goals (十三五规划目标较好完成) are no plan of this report.
            return number is { } n && (currentPlan is null || n >= currentPlan)
                ? new Section(start, SectionKind.Plan, FiveYearPlans.EndYear(n))
                : null;
        }

        if (kind == "periodreview")
        {
            var number = FiveYearPlans.NumberOf(match.Groups["reviewname"].Value);
            if (number is { } n && currentPlan is { } thisPlan && n >= thisPlan)
            {
                return null;
            }

            return new Section(start, SectionKind.PeriodReview, number is { } m ? FiveYearPlans.EndYear(m) : null);
        }

        if (kind == "pastyear" && !OpensSentence(text, start))
        {
            return null;
        }

        if (kind is "review" or "pastyear")
        {
            return new Section(start, SectionKind.Review, null);
        }

        if (kind == "targets")
        {
            // "主要目标是:到2025年…" and "十四五…预期目标" are plan goals, not this year's.
            var after = text.AsSpan(match.Index + match.Length, Math.Min(12, text.Length - match.Index - match.Length));
            var byYear = ByYearPattern().Match(after.ToString());
            if (byYear.Success && reportYear is { } year && int.Parse(byYear.Groups["year"].Value) > year)
            {
                return new Section(start, SectionKind.Plan, int.Parse(byYear.Groups["year"].Value));
            }

            var before = text.AsSpan(Math.Max(0, start - 30), Math.Min(30, start)).ToString();
            if (before.Contains("五年") || before.Contains("2035") || before.Contains("二〇三五"))
            {
                return null;
            }

            // Inside the plan, "发展目标为" still speaks of the plan unless it names this year.
            if (current == SectionKind.Plan && !(before.Contains("今年") || (reportYear is { } y && before.Contains($"{y}年"))))
            {
                return null;
            }

            return new Section(start, SectionKind.Targets, null);
        }

        return new Section(start, SectionKind.WorkPlan, null);
    }

    /// <summary>
    /// Sentences that list the report's parts (报告分为四个部分:一、…回顾;二、今后五年…), as news
    /// articles and tables of contents do: the headings they name open no section there.
    /// </summary>
    private static List<(int Start, int End)> OutlineSpans(string text)
    {
        var spans = new List<(int Start, int End)>();
        for (var match = OutlinePattern().Match(text); match.Success; match = match.NextMatch())
        {
            var end = text.IndexOfAny(['。', '\n'], match.Index);
            spans.Add((match.Index, end < 0 ? text.Length : end));
        }

        return spans;
    }
}
