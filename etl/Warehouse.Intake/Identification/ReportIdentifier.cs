using Warehouse.Regions;
using Warehouse.Text;

namespace Warehouse.Identification;

/// <summary>
/// Turns the text of one file into its reports: normalise, split, then for each report resolve
/// its region, read its dates and decide whether it is a government work report at all.
/// </summary>
public sealed class ReportIdentifier(TextNormalizer normalizer, RegionResolver resolver)
{
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
        var negative = NegativeReportDetector.Classify(header, body, segment.HasStructure);
        var region = negative is null || segment.HasStructure
            ? resolver.Resolve(header, segment.Preamble(file.Text), body)
            : RegionResolution.Unresolved("not a report: region not resolved");
        var dates = negative is null || segment.HasStructure
            ? ReportDateReader.Read(header, body)
            : new ReportDates(null, null, null, null, []);
        var furniture = PageFurniture.LinesBetween(file.Text, segment.Start, segment.Opening)
            .Select(span => (span.Start - segment.Start, span.End - segment.Start))
            .ToList();
        var reportText = file.Slice(segment.Start, segment.End).Without(furniture);
        var warnings = negative is null ? region.Warnings.Concat(dates.Warnings).ToList() : [];
        if (negative is null && !body.StartsWith("各位", StringComparison.Ordinal))
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
            TitleEvidence(file, segment),
            negative,
            warnings);
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
