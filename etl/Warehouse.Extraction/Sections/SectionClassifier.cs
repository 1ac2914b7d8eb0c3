using System.Text.RegularExpressions;

namespace Warehouse.Extraction.Sections;

/// <summary>
/// Cuts a report into review, multi-year review, targets, plan and work-plan sections from the
/// heading phrases reports use. Headings often run inline (scraped text has no line breaks), so
/// markers are found anywhere; a marker only counts when it reads like the start of a section.
/// </summary>
public sealed partial class SectionClassifier
{
    // Each alternative names the section it opens; the first matching group wins.
    [GeneratedRegex(
        @"(?<vision>二〇三五年远景目标(?:是|为)|2035年远景目标(?:是|为))" +
        @"|(?<plan>(?:今后|未来)五年|“?(?<planname>十[三四五六]五)”?(?:时期|期间|规划)?[^。;；]{0,16}?(?:主要目标|预期目标|奋斗目标|发展目标|目标任务|主要指标)(?:是|为)?)" +
        @"|(?<periodreview>过去五年|五年来|“?(?<reviewname>十[二三四]五)”?(?:时期|期间)(?!.{0,4}(?:规划|目标))|“?十[二三四]五”?(?:工作|发展)?回顾)" +
        @"|(?<review>(?:\d{4}年|过去一年|一年来)(?:的)?(?:工作|主要工作)?(?:和|及|暨)?[^。;；]{0,12}?回顾)" +
        @"|(?<targets>预期目标(?:和约束性指标)?(?:建议)?(?:是|为)?|主要(?:经济)?指标的?计划安排(?:是|为)?|预期指标(?:是|为)?|(?:主要|发展|奋斗)目标(?:建议)?(?:是|为))" +
        @"|(?<workplan>(?:\d{4}年|今年)(?:的)?(?:政府)?(?:重点)?工作(?:安排|任务|建议|部署)|重点(?:抓好|做好|推进|安排)(?:好)?以下|为(?:实现|完成)(?:上述|这一|以上|全年)?(?:目标|任务))",
        RegexOptions.CultureInvariant)]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"到(?<year>20\d\d)年", RegexOptions.CultureInvariant)]
    private static partial Regex ByYearPattern();

    public IReadOnlyList<Section> Classify(string text, int? reportYear)
    {
        var sections = new List<Section> { new(0, SectionKind.Review, null) };
        var currentPlan = reportYear is { } year ? FiveYearPlans.Containing(year) : (int?)null;
        for (var match = MarkerPattern().Match(text); match.Success; match = match.NextMatch())
        {
            var section = ToSection(match, text, reportYear, currentPlan, sections[^1].Kind);
            if (section is not null && section.Kind != sections[^1].Kind)
            {
                sections.Add(section);
            }
        }

        return EndTargetsAtParagraph(sections, text);
    }

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

    private static Section? ToSection(Match match, string text, int? reportYear, int? currentPlan, SectionKind current)
    {
        var start = match.Index;
        if (match.Groups["vision"].Success)
        {
            return new Section(start, SectionKind.Other, null);
        }

        if (match.Groups["plan"].Success)
        {
            var number = match.Groups["planname"].Success ? FiveYearPlans.NumberOf(match.Groups["planname"].Value) : currentPlan;
            // A past plan's goals (十三五规划目标较好完成) are no plan of this report.
            return number is { } n && (currentPlan is null || n >= currentPlan)
                ? new Section(start, SectionKind.Plan, FiveYearPlans.EndYear(n))
                : null;
        }

        if (match.Groups["periodreview"].Success)
        {
            var number = FiveYearPlans.NumberOf(match.Groups["reviewname"].Value);
            if (number is { } n && currentPlan is { } thisPlan && n >= thisPlan)
            {
                return null;
            }

            return new Section(start, SectionKind.PeriodReview, number is { } m ? FiveYearPlans.EndYear(m) : null);
        }

        if (match.Groups["review"].Success)
        {
            return new Section(start, SectionKind.Review, null);
        }

        if (match.Groups["targets"].Success)
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

    /// <summary>This year's targets are one paragraph: where the paragraph ends the work plan begins.</summary>
    private static List<Section> EndTargetsAtParagraph(List<Section> sections, string text)
    {
        var result = new List<Section>(sections.Count + 4);
        for (var i = 0; i < sections.Count; i++)
        {
            result.Add(sections[i]);
            if (sections[i].Kind != SectionKind.Targets)
            {
                continue;
            }

            var next = i + 1 < sections.Count ? sections[i + 1].Start : text.Length;
            var lineEnd = text.IndexOf('\n', sections[i].Start);
            if (lineEnd >= 0 && lineEnd < next)
            {
                result.Add(new Section(lineEnd, SectionKind.WorkPlan, null));
            }
        }

        return result;
    }
}
