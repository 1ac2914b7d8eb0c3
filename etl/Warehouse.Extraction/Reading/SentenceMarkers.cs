using System.Globalization;
using System.Text.RegularExpressions;
using Warehouse.Extraction.Numbers;
using Warehouse.Extraction.Sections;

namespace Warehouse.Extraction.Reading;

/// <summary>
/// Words in a sentence before a figure that change its kind or year: 预计/初步统计 (estimate),
/// 到2025年 (a plan's year), 比2015年 / 与2000年相比 (growth over a period), 累计 and 连续五年 (a
/// period's result), 持续/始终 (a state over the period), 2007年… (the year it is about) and
/// 今年 (this year's target).
/// </summary>
public sealed partial class SentenceMarkers
{
    [GeneratedRegex(@"预计|初步核算|初步统计|预测", RegexOptions.CultureInvariant)]
    private static partial Regex EstimatePattern();

    // 预计GDP增长4%;规模工业增加值增长6.5%: a 预计 that opens the list covers the whole sentence
    // (预计2012年… too); 收入预计4.22万元 covers its own figure only.
    [GeneratedRegex(@"(?:预计|初步核算|初步统计|预测)(?![约近达为]|\d+(?:\.\d+)?(?![\d年]))", RegexOptions.CultureInvariant)]
    private static partial Regex ListEstimatePattern();

    [GeneratedRegex(@"(?:到|至)(?<year>20\d\d)年", RegexOptions.CultureInvariant)]
    private static partial Regex PlanYearPattern();

    private const string BaseYear = @"“?(?:(?<year>(?:19|20)\d\d)年|(?<plan>" + FiveYearPlans.NamePattern + @")”?(?:末|时期|期间)?)";

    // 比2015年, 较“十二五”末, 与2000年相比.
    [GeneratedRegex(@"(?:比|较)" + BaseYear + @"|(?:与|同|和)" + BaseYear + @"(?:相比|比较)", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodBasePattern();

    // 2007年产量达到…, "2016年,全市生产总值…": the year a figure is about, when the text names it.
    // Not a base (比2015年, 与2000年相比), a start (从2011年, 2016年以来) or a deadline (到2025年 is a plan's).
    [GeneratedRegex(@"(?<![比较与同和从由自])(?<year>(?:19|20)\d\d)年(?!以来|来|起|以前|前|相比|比较)", RegexOptions.CultureInvariant)]
    private static partial Regex NamedYearPattern();

    [GeneratedRegex(@"今年|本年度", RegexOptions.CultureInvariant)]
    private static partial Regex ThisYearPattern();

    // "2016年,全市…": a year standing as its own clause speaks for the sentence.
    [GeneratedRegex(@"(?<![比较与同和从由自到至\d])(?<year>(?:19|20)\d\d)年(?:底|末)?(?=[,，])", RegexOptions.CultureInvariant)]
    private static partial Regex TimeClausePattern();

    [GeneratedRegex(@"累计", RegexOptions.CultureInvariant)]
    private static partial Regex CumulativePattern();

    [GeneratedRegex(@"连续(?<n>[二三四五六七八九十]|\d{1,2})年", RegexOptions.CultureInvariant)]
    private static partial Regex YearsInARowPattern();

    [GeneratedRegex(@"持续|长期|始终|一直|年均|连续[五5]年|五年来|过去五年|" + FiveYearPlans.NamePattern + @"”?(?:期间|时期)", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"“?(?<plan>" + FiveYearPlans.NamePattern + @")”?(?:期间|时期|以来)", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodNamePattern();

    /// <summary>Whether a figure is an estimate: 预计 in its clause, or a 预计 opening its sentence's list.</summary>
    private readonly List<(int End, string Kind, int Year)> _markers;

    private SentenceMarkers(List<(int End, string Kind, int Year)> markers)
    {
        _markers = markers;
    }

    /// <summary>Finds the markers of a sentence once; figures then ask about the words before them.</summary>
    public static SentenceMarkers Scan(string text, TextSpan sentence)
    {
        var markers = new List<(int End, string Kind, int Year)>();
        var words = text[sentence.Start..sentence.End];
        void Add(Regex pattern, string kind, Func<Match, int> year)
        {
            foreach (Match match in pattern.Matches(words))
            {
                markers.Add((sentence.Start + match.Index + match.Length, kind, year(match)));
            }
        }

        Add(EstimatePattern(), "estimate", _ => 0);
        Add(ListEstimatePattern(), "list-estimate", _ => 0);
        Add(PlanYearPattern(), "plan-year", m => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture));
        Add(PeriodBasePattern(), "period-base", m => BaseYearOf(m) ?? 0);
        Add(CumulativePattern(), "cumulative", _ => 0);
        Add(DurationPattern(), "duration", _ => 0);
        Add(YearsInARowPattern(), "years-in-a-row", m => ChineseNumerals.Parse(m.Groups["n"].Value) ?? 0);
        Add(NamedYearPattern(), "named-year", m => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture));
        Add(TimeClausePattern(), "time-clause", m => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture));
        Add(ThisYearPattern(), "this-year", _ => 0);
        Add(PeriodNamePattern(), "period-name", m => FiveYearPlans.NumberOf(m.Groups["plan"].Value) is { } n ? FiveYearPlans.EndYear(n) : 0);
        markers.Sort((a, b) => a.End.CompareTo(b.End));
        return new SentenceMarkers(markers);
    }

    /// <summary>预计 in the figure's clause, or a 预计 opening the sentence's list.</summary>
    public bool IsEstimate(int clauseStart, int position) =>
        Any("estimate", clauseStart, position) || Any("list-estimate", int.MinValue, position);

    /// <summary>The year of "到2025年" before the figure when it lies after the review year.</summary>
    public int? PlanYear(int position, int reviewYear) =>
        Last("plan-year", int.MinValue, position) is { } year && year > reviewYear + 1 ? year : null;

    /// <summary>The base year of a growth over a period in the figure's clause (比2015年 → 2015).</summary>
    public int? PeriodBaseYear(int clauseStart, int position) =>
        Last("period-base", clauseStart, position) is { } year && year > 0 ? year : null;

    public bool IsCumulative(int position) => Any("cumulative", int.MinValue, position);

    /// <summary>持续/始终/年均…: a state held over the period, in the figure's clause.</summary>
    public bool SpeaksOfDuration(int clauseStart, int position) => Any("duration", clauseStart, position);

    /// <summary>
    /// 连续五年保持10亿美元以上: a level held over the last N years (N, or null). Only in the
    /// figure's own comma clause: in "连续五年增产,总产量…" the years are the growth's, not the level's.
    /// </summary>
    public int? YearsInARow(int commaClauseStart, int position) =>
        Last("years-in-a-row", commaClauseStart, position) is { } years and > 0 ? years : null;

    /// <summary>今年 or the report's year in the figure's comma clause, or as the sentence's time clause.</summary>
    public bool SpeaksOfThisYear(int commaClauseStart, int clauseStart, int position, int reportYear) =>
        Any("this-year", commaClauseStart, position)
        || NamedYear(commaClauseStart, position) == reportYear
        || TimeClauseYear(clauseStart, position) == reportYear;

    /// <summary>The year of a time clause before the figure ("2016年,全市…"), or null.</summary>
    public int? TimeClauseYear(int clauseStart, int position) => Last("time-clause", clauseStart, position);

    /// <summary>The year a figure's words name (2007年产量…), or null.</summary>
    public int? NamedYear(int clauseStart, int position) => Last("named-year", clauseStart, position);

    /// <summary>The last year of a plan period named before the figure (十三五期间 → 2020).</summary>
    public int? NamedPeriodEnd(int position) =>
        Last("period-name", int.MinValue, position) is { } year && year > 0 ? year : null;

    /// <summary>The base year named in a short text (由"十二五"末的 → 2015).</summary>
    public static int? BaseYearIn(string text)
    {
        var match = PeriodBasePattern().Match("比" + text);
        return match.Success ? BaseYearOf(match) : null;
    }

    private static int? BaseYearOf(Match match) =>
        match.Groups["year"].Success
            ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture)
            : FiveYearPlans.NumberOf(match.Groups["plan"].Value) is { } n ? FiveYearPlans.EndYear(n) : null;

    private bool Any(string kind, int from, int position) =>
        _markers.Any(m => m.Kind == kind && m.End <= position && m.End > from);

    private int? Last(string kind, int from, int position)
    {
        int? year = null;
        foreach (var marker in _markers)
        {
            if (marker.End > position)
            {
                break;
            }

            if (marker.Kind == kind && marker.End > from)
            {
                year = marker.Year;
            }
        }

        return year;
    }
}
