using System.Text.RegularExpressions;
using Warehouse.Extraction.Sections;

namespace Warehouse.Extraction.Reading;

/// <summary>
/// Words in a sentence before a figure that change its kind or year: 预计 (estimate), 到2025年
/// (a plan's year), 比2015年 / 较"十二五"末 (growth over a period), 累计 (a period's total),
/// 持续/始终 (a state over the period).
/// </summary>
public static partial class SentenceMarkers
{
    [GeneratedRegex(@"预计|初步核算|预测", RegexOptions.CultureInvariant)]
    private static partial Regex EstimatePattern();

    // 预计GDP增长4%;规模工业增加值增长6.5%: a 预计 that opens the list covers the whole sentence;
    // 收入预计4.22万元 covers its own figure only.
    [GeneratedRegex(@"(?:预计|初步核算|预测)(?![\d约近达为])", RegexOptions.CultureInvariant)]
    private static partial Regex ListEstimatePattern();

    [GeneratedRegex(@"(?:到|至)(?<year>20\d\d)年", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex PlanYearPattern();

    [GeneratedRegex(@"(?:比|较)“?(?:(?<year>(?:19|20)\d\d)年|(?<plan>十[一二三四五]五)”?(?:末|时期|期间)?)", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex PeriodBasePattern();

    [GeneratedRegex(@"累计", RegexOptions.CultureInvariant)]
    private static partial Regex CumulativePattern();

    [GeneratedRegex(@"连续[五四三5432]年", RegexOptions.CultureInvariant)]
    private static partial Regex YearsInARowPattern();

    [GeneratedRegex(@"持续|长期|始终|一直|年均|连续[五5]年|五年来|过去五年|十[二三四]五”?(?:期间|时期)", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"“?(?<plan>十[一二三四五]五)”?(?:期间|时期|以来)", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodNamePattern();

    /// <summary>Whether a figure is an estimate: 预计 in its clause, or a 预计 opening its sentence's list.</summary>
    public static bool IsEstimate(string sentenceBefore, string clauseBefore) =>
        EstimatePattern().IsMatch(clauseBefore) || ListEstimatePattern().IsMatch(sentenceBefore);

    /// <summary>The year of "到2025年" when it lies after the review year.</summary>
    public static int? PlanYear(string before, int reviewYear)
    {
        var match = PlanYearPattern().Match(before);
        return match.Success && int.Parse(match.Groups["year"].Value) > reviewYear + 1
            ? int.Parse(match.Groups["year"].Value)
            : null;
    }

    /// <summary>The base year of a growth over a period (比2015年 → 2015; 较"十二五"末 → 2015).</summary>
    public static int? PeriodBaseYear(string before)
    {
        var match = PeriodBasePattern().Match(before);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["year"].Success
            ? int.Parse(match.Groups["year"].Value)
            : FiveYearPlans.NumberOf(match.Groups["plan"].Value) is { } n ? FiveYearPlans.EndYear(n) : null;
    }

    public static bool IsCumulative(string before) => CumulativePattern().IsMatch(before);

    /// <summary>连续五年保持10亿美元以上: a level held over the years of the period.</summary>
    public static bool SpeaksOfYearsInARow(string clause) => YearsInARowPattern().IsMatch(clause);

    public static bool SpeaksOfDuration(string before) => DurationPattern().IsMatch(before);

    /// <summary>The last year of a plan period named in the sentence (十三五期间 → 2020).</summary>
    public static int? NamedPeriodEnd(string before)
    {
        var match = PeriodNamePattern().Match(before);
        return match.Success && FiveYearPlans.NumberOf(match.Groups["plan"].Value) is { } n ? FiveYearPlans.EndYear(n) : null;
    }
}
