using System.Globalization;
using System.Text.RegularExpressions;

namespace Warehouse.Identification;

/// <summary>
/// Reads a report's year, review year and meeting date. The report year is, in order of trust:
/// the year in its title (2021年X县政府工作报告); the meeting date's year, plus one when the report
/// was delivered in December (it then sets next year's targets); the year of its planning
/// section (2022年工作安排, 2022年主要预期目标) or one after its review section (2021年工作回顾).
/// The review year is the year before the report year.
/// </summary>
public static partial class ReportDateReader
{
    /// <summary>How much of the body is searched for section headings.</summary>
    private const int HeadingSearchLength = 30_000;

    public static ReportDates Read(string header, string body)
    {
        var warnings = new List<string>();
        var meeting = MeetingDate(header) ?? MeetingDate(body[..Math.Min(body.Length, 300)]);
        var titleYear = FirstYear(TitleYearPattern(), header);
        var sections = body[..Math.Min(body.Length, HeadingSearchLength)];
        var planYear = FirstYear(PlanHeadingPattern(), sections);
        var reviewYear = FirstYear(ReviewHeadingPattern(), sections);

        int? meetingReportYear = meeting is { } m ? (m.Month == 12 ? m.Year + 1 : m.Year) : null;
        var (year, source) = titleYear is { } t ? ((int?)t, "title")
            : meetingReportYear is { } my ? (my, meeting!.Value.Month == 12 ? "meeting date in December" : "meeting date")
            : planYear is { } p ? (p, "planning section heading")
            : reviewYear is { } r ? (r + 1, "review section heading")
            : ((int?)null, (string?)null);

        if (year is null)
        {
            warnings.Add("report year not found (no year in the title, meeting line or section headings)");
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

    /// <summary>A date followed closely by the congress it was delivered at.</summary>
    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年\s*(?<month>\d{1,2})\s*月(?:\s*(?<day>\d{1,2})\s*日)?[^。;]{0,40}?(?:人民代表大会|人大|会议)")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年度?(?:[^\n\d,。]{0,15}?政府)?工作报告")]
    private static partial Regex TitleYearPattern();

    /// <summary>A planning heading at a line start or after its number (二、2022年工作安排), or the year's main targets anywhere.</summary>
    [GeneratedRegex(@"(?:(?:^|[\n、)])\s*(?<year>(?:19|20)\d{2})\s*年(?:的)?(?:政府)?(?:工作安排|工作任务|重点工作|主要工作|总体要求))|(?:(?<year>(?:19|20)\d{2})\s*年[^\n,。\d]{0,14}?主要预期目标)")]
    private static partial Regex PlanHeadingPattern();

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年(?:的)?(?:政府)?工作(?:[和及][^\n,。]{0,12})?回顾")]
    private static partial Regex ReviewHeadingPattern();
}
