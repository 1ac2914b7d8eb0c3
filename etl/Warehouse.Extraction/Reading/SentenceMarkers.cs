using System.Buffers;
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
    [GeneratedRegex(@"(?:预计|初步核算|初步统计|预测)(?![约近达为]|[0-9]+(?:\.[0-9]+)?(?![0-9年]))", RegexOptions.CultureInvariant)]
    private static partial Regex ListEstimatePattern();

    [GeneratedRegex(@"(?:到|至)(?<year>20[0-9][0-9])年", RegexOptions.CultureInvariant)]
    private static partial Regex PlanYearPattern();

    private const string BaseYear = @"“?(?:(?<year>(?:19|20)[0-9][0-9])年|(?<plan>" + FiveYearPlans.NamePattern + @")”?(?:末|时期|期间)?)";

    // 比2015年, 较“十二五”末, 与2000年相比.
    [GeneratedRegex(@"(?:比|较)" + BaseYear + @"|(?:与|同|和)" + BaseYear + @"(?:相比|比较)", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodBasePattern();

    // 2007年产量达到…, "2016年,全市生产总值…": the year a figure is about, when the text names it.
    // Not a base (比2015年, 与2000年相比), a start (从2011年, 2016年以来) or a deadline (到2025年 is a plan's).
    [GeneratedRegex(@"(?<![比较与同和从由自])(?<year>(?:19|20)[0-9][0-9])年(?!以来|来|起|以前|前|相比|比较)", RegexOptions.CultureInvariant)]
    private static partial Regex NamedYearPattern();

    [GeneratedRegex(@"今年|本年度", RegexOptions.CultureInvariant)]
    private static partial Regex ThisYearPattern();

    // "2016年,全市…": a year standing as its own clause speaks for the sentence.
    [GeneratedRegex(@"(?<![比较与同和从由自到至0-9])(?<year>(?:19|20)[0-9][0-9])年(?:底|末)?(?=[,，])", RegexOptions.CultureInvariant)]
    private static partial Regex TimeClausePattern();

    [GeneratedRegex(@"累计", RegexOptions.CultureInvariant)]
    private static partial Regex CumulativePattern();

    [GeneratedRegex(@"连续(?<n>[二三四五六七八九十]|[0-9]{1,2})年", RegexOptions.CultureInvariant)]
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

    /// <summary>
    /// Each pattern with its kind, characters every match of it holds (a sentence without them is
    /// not scanned for it), and how a match gives its year (null: it gives none). Listed in the
    /// order the markers are collected; ties at one position keep that order's sort.
    /// </summary>
    private static readonly (Regex Pattern, string Kind, SearchValues<char>? Required, Func<Match, int>? Year)[] Patterns =
    [
        (EstimatePattern(), "estimate", SearchValues.Create("预初"), null),
        (ListEstimatePattern(), "list-estimate", SearchValues.Create("预初"), null),
        (PlanYearPattern(), "plan-year", SearchValues.Create("到至"), m => YearIn(m, PlanYearGroup)),
        (PeriodBasePattern(), "period-base", SearchValues.Create("比较与同和"), m => BaseYearOf(m) ?? 0),
        (CumulativePattern(), "cumulative", SearchValues.Create("累"), null),
        (DurationPattern(), "duration", null, null),
        (YearsInARowPattern(), "years-in-a-row", SearchValues.Create("连"), m => ChineseNumerals.Parse(m.Groups[YearsInARowGroup].Value) ?? 0),
        (NamedYearPattern(), "named-year", SearchValues.Create("年"), m => YearIn(m, NamedYearGroup)),
        (TimeClausePattern(), "time-clause", SearchValues.Create("年"), m => YearIn(m, TimeClauseGroup)),
        (ThisYearPattern(), "this-year", SearchValues.Create("今本"), null),
        (PeriodNamePattern(), "period-name", SearchValues.Create("五"), m => FiveYearPlans.NumberOf(m.Groups[PeriodNameGroup].Value) is { } n ? FiveYearPlans.EndYear(n) : 0),
    ];

    // Groups looked up by number once: a lookup by name searches the pattern's names on every match.
    private static readonly int PlanYearGroup = PlanYearPattern().GroupNumberFromName("year");
    private static readonly int PeriodBaseYearGroup = PeriodBasePattern().GroupNumberFromName("year");
    private static readonly int PeriodBasePlanGroup = PeriodBasePattern().GroupNumberFromName("plan");
    private static readonly int YearsInARowGroup = YearsInARowPattern().GroupNumberFromName("n");
    private static readonly int NamedYearGroup = NamedYearPattern().GroupNumberFromName("year");
    private static readonly int TimeClauseGroup = TimeClausePattern().GroupNumberFromName("year");
    private static readonly int PeriodNameGroup = PeriodNamePattern().GroupNumberFromName("plan");

    /// <summary>Finds the markers of a sentence once; figures then ask about the words before them.</summary>
    public static SentenceMarkers Scan(string text, TextSpan sentence)
    {
        var markers = new List<(int End, string Kind, int Year)>();
        var length = sentence.End - sentence.Start;
        var words = text.AsSpan(sentence.Start, length);
        foreach (var (pattern, kind, required, year) in Patterns)
        {
            if (required is not null && !words.ContainsAny(required))
            {
                continue;
            }

            if (year is null)
            {
                foreach (var match in pattern.EnumerateMatches(words))
                {
                    markers.Add((sentence.Start + match.Index + match.Length, kind, 0));
                }

                continue;
            }

            // Matching within the sentence's bounds reads it as the whole input, as a copy of it would.
            for (var match = pattern.Match(text, sentence.Start, length); match.Success; match = match.NextMatch())
            {
                markers.Add((match.Index + match.Length, kind, year(match)));
            }
        }

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
        match.Groups[PeriodBaseYearGroup].Success
            ? YearIn(match, PeriodBaseYearGroup)
            : FiveYearPlans.NumberOf(match.Groups[PeriodBasePlanGroup].Value) is { } n ? FiveYearPlans.EndYear(n) : null;

    private static int YearIn(Match match, int group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private bool Any(string kind, int from, int position)
    {
        foreach (var marker in _markers)
        {
            if (marker.Kind == kind && marker.End <= position && marker.End > from)
            {
                return true;
            }
        }

        return false;
    }

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
