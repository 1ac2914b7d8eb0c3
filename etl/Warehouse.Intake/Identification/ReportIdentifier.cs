using System.Buffers;
using Warehouse.Regions;
using Warehouse.Text;

namespace Warehouse.Identification;

/// <summary>
/// Turns the text of one file into its reports: normalise, split, then for each report decide
/// what kind of document it is (<see cref="DocumentClassifier"/>), resolve its region and read its
/// dates.
/// </summary>
public sealed class ReportIdentifier(TextNormalizer normalizer, RegionResolver resolver, DocumentClassifier classifier)
{
    /// <summary>How much of a text without a speech, or before a speech without a header, is its title area.</summary>
    private const int TitleLength = 300;

    /// <summary>How much of a speech's first sentence belongs to the title area.</summary>
    private const int FirstSentenceLength = 200;

    /// <summary>How far into a report without a title line its naming sentence (…作政府工作报告) is looked for.</summary>
    private const int LeadLength = 600;

    /// <summary>A page without a speech that names this many regions' congresses is a roundup, no one region's report.</summary>
    private const int RoundupRegions = 3;

    /// <summary>The words that name a work report, in a title or in a sentence about it.</summary>
    private const string ReportName = "工作报告";

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("\n。!?");

    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create("\n。!?,;");

    public ReportIdentifier(TextNormalizer normalizer, RegionResolver resolver)
        : this(normalizer, resolver, new DocumentClassifier())
    {
    }

    /// <param name="path">The source file, for the records.</param>
    /// <param name="contentHash">SHA-256 of the file's bytes.</param>
    /// <param name="text">The file's plain text (HTML already stripped).</param>
    public IReadOnlyList<WorkReport> Identify(string path, string contentHash, string text)
    {
        var normalized = normalizer.Normalize(text);
        var segments = ReportSplitter.Split(normalized.Text);
        var reports = new List<WorkReport>(segments.Count);
        foreach (var segment in segments)
        {
            if (segment.End <= segment.Start)
            {
                continue;
            }

            reports.Add(Identify(path, contentHash, reports.Count, normalized, segment));
        }

        return reports;
    }

    private WorkReport Identify(string path, string contentHash, int index, NormalizedText file, ReportSegment segment)
    {
        var header = segment.Header(file.Text);
        var body = file.Text[segment.Opening..segment.End];
        // The page around a report is part of what it is (a novel's chapter heading, a bulletin's issuer).
        var document = file.Text[segment.PreambleStart..segment.End];
        var (kind, negative) = classifier.Classify(TitleArea(file.Text, segment), document, segment.HasStructure, segment.HasTitle);
        if (kind.IsReport() && !segment.HasStructure && resolver.CongressesNamed(document) is var congresses and >= RoundupRegions)
        {
            (kind, negative) = (DocumentKind.Commentary, $"a roundup of {congresses} regions' congresses and reports, not one region's report");
        }

        var identify = kind.IsReport() || segment.HasStructure;
        var region = identify
            ? resolver.Resolve(header, segment.Preamble(file.Text), body, hasSpeech: segment.HasStructure)
            : RegionResolution.Unresolved("not a report: region not resolved");
        var dates = identify
            ? ReportDateReader.Read(header, body, region.Region)
            : new ReportDates(null, null, null, null, []);
        if (region.Region?.Level == RegionLevel.National && kind is DocumentKind.FullReport or DocumentKind.UntitledReport)
        {
            kind = DocumentKind.NationalReport;
        }

        var furniture = PageFurniture.LinesBetween(file.Text, segment.Start, segment.Opening)
            .Select(span => (span.Start - segment.Start, span.End - segment.Start))
            .ToList();
        var reportText = file.Slice(segment.Start, segment.End).Without(furniture);
        var warnings = kind.IsReport() ? region.Warnings.Concat(dates.Warnings).ToList() : [];
        if (kind.IsReport() && segment.HasStructure && !body.StartsWith("各位", StringComparison.Ordinal) && !body.StartsWith("现在", StringComparison.Ordinal))
        {
            warnings.Add("no 各位代表 opening: the report starts after its title");
        }

        return new WorkReport(
            path,
            contentHash,
            index,
            file.ToRawSpan(segment.Start, segment.End).Start,
            reportText,
            region.Region,
            region.Name,
            dates.ReportYear,
            dates.ReviewYear,
            dates.MeetingDate,
            TitleEvidence(file, segment) ?? (kind.IsReport() ? NamingClause(file, segment) : null),
            negative,
            warnings,
            kind);
    }

    /// <summary>
    /// Where a document says what it is: a report's header and the speech's first sentence (受市政府
    /// 委托,我向大会作关于…计划执行情况…的报告), or for a speech without a header the lines before it;
    /// a text without a speech, its start.
    /// </summary>
    private static string TitleArea(string text, ReportSegment segment)
    {
        if (!segment.HasStructure)
        {
            return text[segment.Start..Math.Min(segment.End, segment.Start + TitleLength)];
        }

        var start = segment.Start < segment.Opening ? segment.Start : Math.Max(segment.PreambleStart, segment.Opening - TitleLength);
        var sentenceEnd = text.AsSpan(segment.Opening, Math.Min(FirstSentenceLength, segment.End - segment.Opening)).IndexOfAny("。!?");
        var end = sentenceEnd < 0 ? Math.Min(segment.End, segment.Opening + FirstSentenceLength) : segment.Opening + sentenceEnd;
        return text[start..end];
    }

    /// <summary>
    /// For a report without a title line (a news page, a speech without its header): the clause near its
    /// start that names it (市长X向大会作政府工作报告, 总理在政府工作报告中表示), from the sentence's start to the
    /// first comma after the name, in raw text; null when its lead names no 工作报告.
    /// </summary>
    private static string? NamingClause(NormalizedText file, ReportSegment segment)
    {
        var leadEnd = Math.Min(segment.End, segment.Start + LeadLength);
        var name = file.Text.IndexOf(ReportName, segment.Start, leadEnd - segment.Start, StringComparison.Ordinal);
        if (name < 0)
        {
            return null;
        }

        var start = file.Text.AsSpan(segment.Start, name - segment.Start).LastIndexOfAny(SentenceEnds) + segment.Start + 1;
        var nameEnd = name + ReportName.Length;
        var clauseEnd = file.Text.AsSpan(nameEnd, segment.End - nameEnd).IndexOfAny(ClauseEnds);
        var end = clauseEnd < 0 ? segment.End : nameEnd + clauseEnd;
        var clause = file.RawSlice(start, end).Trim();
        return clause.Length > 0 ? clause : null;
    }

    /// <summary>
    /// The title line as it stands in the raw text (without a 【…】 tag before it), else the first
    /// header line; cut at the opening when the title runs on into the speech.
    /// </summary>
    private static string? TitleEvidence(NormalizedText file, ReportSegment segment)
    {
        var header = file.Text[segment.Start..segment.Opening];
        if (header.Length == 0)
        {
            return null;
        }

        var lines = header.Split('\n');
        var offset = 0;
        var chosen = (Start: -1, Length: 0);
        foreach (var line in lines)
        {
            if (line.Trim().Length > 0 && (chosen.Start < 0 || line.Contains("政府工作报告", StringComparison.Ordinal)))
            {
                chosen = (offset, line.Length);
                if (line.Contains("政府工作报告", StringComparison.Ordinal))
                {
                    break;
                }
            }

            offset += line.Length + 1;
        }

        if (chosen.Start < 0)
        {
            return null;
        }

        var start = segment.Start + chosen.Start;
        var end = start + chosen.Length;
        var bracket = file.Text.IndexOf('】', start, end - start);
        if (bracket >= 0 && file.Text[start] == '【')
        {
            start = bracket + 1;
        }

        while (start < end && char.IsWhiteSpace(file.Text[start]))
        {
            start++;
        }

        return start < end ? file.RawSlice(start, end).Trim() : null;
    }
}
