using System.Globalization;
using System.Text.RegularExpressions;
using Warehouse.Regions;

namespace Warehouse.Identification;

/// <summary>
/// Reads a report's year, review year and meeting date. The report year is, in order of trust:
/// the year in its title (2021年X县政府工作报告); the meeting date's year, plus one when the report
/// was delivered in December (it then sets next year's targets); the year it plans for (2022年工作
///安排, 2022年主要预期目标, 三、2022年重点工作); one after the year it reviews (2021年工作回顾, 回顾了
/// 2021年工作, X在报告中说,2021年,…); a five-year plan the text dates itself by (今年是"十五五"开局
/// 之年; 实现"十四五"圆满收官 in the review); the session of a province's or the nation's congress
/// (省十二届人大一次会议开幕, see <see cref="CongressCalendar"/>); and last the year the text names
/// most, taken as the reviewed one. The review year is the year before the report year.
/// </summary>
public static partial class ReportDateReader
{
    /// <summary>How much of the body is searched for section headings and year cues.</summary>
    private const int HeadingSearchLength = 30_000;

    /// <summary>How much of the body is read for the congress session and the years it names most.</summary>
    private const int LeadLength = 6000;

    public static ReportDates Read(string header, string body, Region? region = null)
    {
        var warnings = new List<string>();
        var meeting = MeetingDate(header) ?? MeetingDate(body[..Math.Min(body.Length, 300)]);
        var titleYear = FirstYear(TitleYearPattern(), header);
        var sections = body[..Math.Min(body.Length, HeadingSearchLength)];
        var lead = body[..Math.Min(body.Length, LeadLength)];
        var reviewYear = FirstYear(ReviewHeadingPattern(), sections) ?? FirstYear(ReviewCuePattern(), sections);

        // A plan heading for the reviewed year or before (一、2020年主要工作 under 2020年工作回顾)
        // lists the work done, not the work planned.
        var planYear = FirstYear(PlanHeadingPattern(), sections) is { } planned && !(planned <= reviewYear) ? planned : (int?)null;

        int? meetingReportYear = meeting is { } m ? (m.Month == 12 ? m.Year + 1 : m.Year) : null;

        // A page that titles a report delivered in December by the year of delivery (2020年X县政府工作
        // 报告, given 2020年12月23日) names the wrong year: the report sets the next year's targets.
        if (titleYear is { } labelled && meeting is { Month: 12 } december && labelled == december.Year)
        {
            warnings.Add($"title names {labelled}, the year the report was delivered (December); it sets {labelled + 1}'s targets");
            titleYear = null;
        }

        // In order of trust; the last four are guesses, and say so.
        var witnesses = new (Func<int?> Year, string Source, bool Guess)[]
        {
            (() => titleYear, "title", false),
            (() => meetingReportYear, meeting?.Month == 12 ? "meeting date in December" : "meeting date", false),
            (() => planYear, "the year it plans for", false),
            (() => reviewYear + 1, "the year it reviews", false),
            (() => FirstYear(ThisYearIsPattern(), lead), "the year it calls this year", false),
            (() => FiveYearPlanYear(sections), "the five-year plan it names", true),
            (() => CongressYear(header + "\n" + lead, region), "the session of the congress it was given at", true),
            (() => PublicationYear(lead), "the date of the news page, which is the meeting's", true),
            (() => MostNamedYear(lead) + 1, "the year it names most, taken as the year it reviews", true),
        };
        var (year, source, guess) = witnesses
            .Select(witness => (Year: witness.Year(), witness.Source, witness.Guess))
            .FirstOrDefault(witness => witness.Year is not null);

        if (year is null)
        {
            warnings.Add("report year not found (no year in the title, meeting line, section headings or text)");
        }
        else
        {
            if (meetingReportYear is { } fromMeeting && fromMeeting != year)
            {
                warnings.Add($"meeting date {meeting!.Value.Text} does not fit report year {year}");
            }

            if (planYear is { } plan && plan != year)
            {
                warnings.Add($"planning section names {plan}, report year is {year}");
            }

            if (guess)
            {
                warnings.Add($"report year {year} taken from {source}");
            }
        }

        return new ReportDates(year, year - 1, meeting?.Text, source, warnings);
    }

    private static int? FirstYear(Regex pattern, string text)
    {
        var match = pattern.Match(text);
        return match.Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static (int Year, int Month, string Text)? MeetingDate(string text)
    {
        foreach (Match match in DatePattern().Matches(text))
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                continue;
            }

            var formatted = match.Groups["day"].Success && int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 31 and var day
                ? $"{year:D4}-{month:D2}-{day:D2}"
                : $"{year:D4}-{month:D2}";
            return (year, month, formatted);
        }

        return null;
    }

    /// <summary>
    /// 今年是"十五五"开局之年 → 2026; 今年是"十三五"收官之年 → 2020; in the review, 实现"十四五"圆满收官
    /// → the report sets targets for 2026, 实现"十二五"良好开局 → for 2012.
    /// </summary>
    private static int? FiveYearPlanYear(string text)
    {
        if (ThisYearInPlanPattern().Match(text) is { Success: true } thisYear && FiveYearPlans.Years(thisYear.Groups["plan"].Value) is { } plan)
        {
            return thisYear.Groups["when"].Value is "收官之年" or "最后一年" or "决胜之年" ? plan.Last : plan.First;
        }

        if (PlanReviewedPattern().Match(text) is { Success: true } reviewed && FiveYearPlans.Years(reviewed.Groups["plan"].Value) is { } done)
        {
            return (reviewed.Groups["when"].Value == "收官" ? done.Last : done.First) + 1;
        }

        return null;
    }

    /// <summary>省十二届人大一次会议…开幕, 在第十届全国人民代表大会第三次会议上: the session's year, for the nation and provinces.</summary>
    private static int? CongressYear(string text, Region? region)
    {
        if (region is null || region.Level is not (RegionLevel.National or RegionLevel.Province))
        {
            return null;
        }

        foreach (Match match in CongressSessionPattern().Matches(text))
        {
            if (ChineseCount(match.Groups["term"].Value) is { } term && ChineseCount(match.Groups["session"].Value) is { } session
                && CongressCalendar.Default.SessionYear(region, term, session) is { } year)
            {
                return year;
            }
        }

        return null;
    }

    /// <summary>
    /// A news page dated on or soon after the meeting it reports: the page's date (2018-03-20) and the
    /// same day in its text, or a dateline (2月25日上午,…开幕) up to two months before it, in the same year. A December meeting
    /// sets the next year's targets.
    /// </summary>
    private static int? PublicationYear(string text)
    {
        var head = text[..Math.Min(text.Length, 300)];
        foreach (Match date in PageDatePattern().Matches(head))
        {
            var year = int.Parse(date.Groups["year"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(date.Groups["month"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(date.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (text.Contains($"{month}月{day}日", StringComparison.Ordinal))
            {
                return month == 12 ? year + 1 : year;
            }

            foreach (Match dateline in DatelinePattern().Matches(text))
            {
                var lineMonth = int.Parse(dateline.Groups["month"].Value, CultureInfo.InvariantCulture);
                var lineDay = int.Parse(dateline.Groups["day"].Value, CultureInfo.InvariantCulture);
                var daysBefore = ((month - lineMonth) * 31) + day - lineDay;
                if (daysBefore is >= 0 and <= 62)
                {
                    return lineMonth == 12 ? year + 1 : year;
                }
            }
        }

        return null;
    }

    /// <summary>The year the text names most often (not as an end or a base: 到2025年, 比2015年), when one leads.</summary>
    private static int? MostNamedYear(string text)
    {
        var counts = NamedYearPattern().Matches(text)
            .GroupBy(match => int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture))
            .Select(group => (Year: group.Key, Count: group.Count()))
            .OrderByDescending(pair => pair.Count)
            .ToList();
        return counts.Count > 0 && (counts.Count == 1 || counts[0].Count > counts[1].Count) ? counts[0].Year : null;
    }

    /// <summary>一 … 九十九 (or digits), as congress terms and sessions are written.</summary>
    private static int? ChineseCount(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        const string Digits = "一二三四五六七八九";
        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return text.Length == 1 && Digits.Contains(text[0], StringComparison.Ordinal) ? Digits.IndexOf(text[0], StringComparison.Ordinal) + 1 : null;
        }

        var tens = ten == 0 ? 1 : Digits.IndexOf(text[0], StringComparison.Ordinal) + 1;
        var ones = ten == text.Length - 1 ? 0 : Digits.IndexOf(text[^1], StringComparison.Ordinal) + 1;
        return tens > 0 && ones >= 0 && ten <= 1 && text.Length - ten <= 2 ? tens * 10 + ones : null;
    }

    /// <summary>A date followed closely by the congress it was delivered at.</summary>
    [GeneratedRegex(@"(?<year>(?:19|20)[0-9]{2})\s*年\s*(?<month>[0-9]{1,2})\s*月(?:\s*(?<day>[0-9]{1,2})\s*日)?[^。;]{0,40}?(?:人民代表大会|人大|会议)")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<year>(?:19|20)[0-9]{2})\s*年度?(?:[^\n0-9,。]{0,15}?政府)?工作报告")]
    private static partial Regex TitleYearPattern();

    /// <summary>
    /// A planning heading at a line start or after its number (二、2022年工作安排, 二是2022年的主要工作,
    /// 三、2011年的工作), or the year's targets anywhere (2022年全县经济社会发展的主要预期目标), unless they
    /// are reported as met (完成了2021年主要预期目标). Like <see cref="ReviewCuePattern"/>, every match
    /// starts at its year, with what comes before it in a lookbehind: the engine then tries only
    /// the positions of a 1 or a 2, not every character (a leading \s or 汉字 class fits almost any).
    /// </summary>
    [GeneratedRegex(@"(?:(?<=(?:^|[\n、)是;])\s*)(?<year>(?:19|20)[0-9]{2})\s*年(?:的)?(?:政府)?(?:工作安排|工作任务|重点工作|工作重点|主要工作|总体要求|工作总体部署|总体部署|主要任务|工作建议|工作(?=\s*(?:\n|$))))|(?:(?<![到至0-9]|完成了?|实现了?)(?<year>(?:19|20)[0-9]{2})\s*年[,，]?[^\n,。0-9]{0,14}?(?:主要)?预期目标(?!(?:全面|顺利|圆满|基本)?(?:完成|实现)))|(?:(?<![到至0-9])(?<year>(?:19|20)[0-9]{2})\s*年(?:的)?(?:政府)?工作的?总体要求)")]
    private static partial Regex PlanHeadingPattern();

    /// <summary>2021年工作回顾, 2021年及过去五年工作回顾.</summary>
    [GeneratedRegex(@"(?<year>(?:19|20)[0-9]{2})\s*年(?:[和及、][^\n,。]{0,12})?(?:的)?(?:政府)?工作(?:[和及][^\n,。]{0,12})?回顾")]
    private static partial Regex ReviewHeadingPattern();

    /// <summary>
    /// 回顾了2014年政府工作, 刚刚过去的2016年, 预计2012年全市生产总值…, X在报告中说,2016年,…, X说,2014年,….
    /// Each match starts at its year (see <see cref="PlanHeadingPattern"/>).
    /// </summary>
    [GeneratedRegex(@"(?<=(?:回顾|总结)了?\s*)(?<year>(?:19|20)[0-9]{2})\s*年|(?<=过去的\s*)(?<year>(?:19|20)[0-9]{2})\s*年|(?<=预计\s*)(?<year>(?:19|20)[0-9]{2})\s*年|(?<=在《?(?:政府)?(?:工作)?报告》?中(?:说|指出|表示|提到|介绍|称)\s*[,:]?\s*)(?<year>(?:19|20)[0-9]{2})\s*年(?!是|的?(?:政府)?工作)|(?<=[\u4e00-\u9fff](?:说|指出|表示)\s*[,:]\s*)(?<year>(?:19|20)[0-9]{2})\s*年\s*,")]
    private static partial Regex ReviewCuePattern();

    /// <summary>
    /// 2026年是“十五五”开局之年,…今年经济社会发展的主要预期目标是: a year the text calls this year
    /// before it speaks of this year's goals, in the same paragraph.
    /// </summary>
    [GeneratedRegex(@"(?<![到至比较从0-9])(?<year>(?:19|20)[0-9]{2})\s*年\s*[,，]?\s*是[^\n]{0,200}?今年")]
    private static partial Regex ThisYearIsPattern();

    /// <summary>A dateline: the meeting's month and day, then what happened at it (2月25日上午10时,…开幕).</summary>
    [GeneratedRegex(@"(?<![0-9年])(?<month>1[0-2]|[1-9])月(?<day>3[01]|[12][0-9]|[1-9])日[^\n。]{0,60}?(?:开幕|召开|举行|作政府工作报告)")]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"今年是[^\n。]{0,16}?[“""]?(?<plan>十[一二三四五六七八九]?五)[”""]?[^\n。,]{0,8}?(?<when>开局之年|第一年|起步之年|开局年|收官之年|最后一年|决胜之年)")]
    private static partial Regex ThisYearInPlanPattern();

    [GeneratedRegex(@"实现(?:了)?[^\n。,]{0,4}?[“""]?(?<plan>十[一二三四五六七八九]?五)[”""]?(?:时期|规划)?[^\n。,]{0,6}?(?<when>开局|收官)")]
    private static partial Regex PlanReviewedPattern();

    /// <summary>The congress session a text was given at or reports the opening of.</summary>
    [GeneratedRegex(@"第?(?<term>[一二三四五六七八九十]{1,3}|[0-9]{1,2})届(?:全国)?(?:人民代表大会|人大)第?(?<session>[一二三四五六七八九十]{1,3}|[0-9]{1,2})次(?:全体)?会议(?=上|[^\n。]{0,30}?(?:开幕|召开|举行))")]
    private static partial Regex CongressSessionPattern();

    [GeneratedRegex(@"(?<![到至比较从是0-9])(?<year>(?:19|20)[0-9]{2})\s*年(?!以来|前|底前|末)")]
    private static partial Regex NamedYearPattern();

    /// <summary>A page's date as sites print it: 2018-01-24, 2018/1/24, 2018.01.24.</summary>
    [GeneratedRegex(@"(?<![0-9])(?<year>20[0-9]{2})(?<separator>[-/.])(?<month>1[0-2]|0?[1-9])\k<separator>(?<day>3[01]|[12][0-9]|0?[1-9])(?![0-9])")]
    private static partial Regex PageDatePattern();
}
