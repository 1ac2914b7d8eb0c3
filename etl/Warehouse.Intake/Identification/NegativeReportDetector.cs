using System.Text.RegularExpressions;

namespace Warehouse.Identification;

/// <summary>
/// Decides whether a report-shaped text is really a government work report. Not one: a template
/// with xx placeholders, a statistical bulletin (统计公报), a company's or other organisation's
/// work report, fiction that mimics a report, or text with no report structure at all.
/// Returns the reason, or null for a real report.
/// </summary>
public static partial class NegativeReportDetector
{
    /// <summary>How many placeholders make a template (one "xx" can be a typo).</summary>
    private const int TemplatePlaceholders = 3;

    /// <summary>How many narrative cues (他说, 她笑着…) make fiction.</summary>
    private const int NarrativeCues = 3;

    private const int LeadLength = 600;

    /// <param name="header">The title and meeting lines.</param>
    /// <param name="body">The report from its opening on.</param>
    /// <param name="hasStructure">Whether a title/meeting line and an opening were found at all.</param>
    public static string? Classify(string header, string body, bool hasStructure)
    {
        var lead = header + "\n" + body[..Math.Min(body.Length, LeadLength)];
        var placeholders = CountPlaceholders(header) + CountPlaceholders(body);
        if (placeholders >= TemplatePlaceholders || TemplateTitle().IsMatch(header))
        {
            return $"template: {placeholders} xx placeholders where names and figures belong";
        }

        if (lead.Contains("统计公报", StringComparison.Ordinal))
        {
            return "statistical bulletin (统计公报), not a work report";
        }

        if (Organisation().Match(lead) is { Success: true } organisation && !GovernmentCue().IsMatch(lead))
        {
            return $"work report of an organisation ({organisation.Value}), not of a government";
        }

        if (ChapterHeading().IsMatch(lead) || NarrativeCue().Count(body) >= NarrativeCues)
        {
            return "fiction: a story that mimics a work report (chapter heading or narrative)";
        }

        return hasStructure ? null : "no government work report found (no title, meeting line or 各位代表 opening)";
    }

    /// <summary>Placeholders not inside a Latin word (a URL or an English name can hold "xx").</summary>
    private static int CountPlaceholders(string text)
    {
        var count = 0;
        foreach (var match in Placeholder().EnumerateMatches(text))
        {
            if (match.Index == 0 || !char.IsAsciiLetter(text[match.Index - 1]))
            {
                count++;
            }
        }

        return count;
    }

    [GeneratedRegex(@"(?:[xX]{2,4}|[×＊*]{2,4}|某某|○○|〇〇)(?![A-Za-z])")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?:20|19)[xX×]{2}年|[xX×]{2,}(?:省|市|县|区)")]
    private static partial Regex TemplateTitle();

    [GeneratedRegex(@"[\u4e00-\u9fff]{0,12}(?:有限公司|股份公司|集团公司|集团|公司|协会|商会|学会|银行|医院|学校|大学|研究院)(?=[^\n]{0,20}工作报告|[^\n]{0,6}(?:职工|股东|会员)代表大会)|各位股东|各位董事|职工代表大会|股东大会|会员代表大会")]
    private static partial Regex Organisation();

    [GeneratedRegex("人民政府|人民代表大会|人大|政府工作报告")]
    private static partial Regex GovernmentCue();

    [GeneratedRegex(@"(?:^|\n)\s*第[一二三四五六七八九十百零\d]+[章回节]")]
    private static partial Regex ChapterHeading();

    [GeneratedRegex(@"(?<![其吉利])[他她][们]?(?:说|道|笑|想|问|喊|叹|看着|望着|心里|低声|皱眉|点头|摇头)")]
    private static partial Regex NarrativeCue();
}
