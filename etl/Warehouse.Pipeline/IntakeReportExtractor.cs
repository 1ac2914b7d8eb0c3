using Warehouse.Extraction;
using Warehouse.Identification;
using Warehouse.Loading;
using Warehouse.Sources;

namespace Warehouse.Pipeline;

/// <summary>
/// The intake stage (decode, split, identify: <see cref="ReportReader"/>) and the extraction
/// stage (<see cref="FactExtractor"/>) for one file, shaped for the loader. Offsets stay as
/// `extract --format jsonl` prints them: a fact's count from its report's start, and the report's
/// start in the file's decoded text goes with the report (dim_document.raw_start).
/// </summary>
public sealed class IntakeReportExtractor(ReportReader reader, FactExtractor extractor) : IReportExtractor
{
    public FileExtraction Extract(string path)
    {
        var file = reader.ReadFile(path);
        if (file.Skipped is { } skipped)
        {
            return FileExtraction.Skipped(skipped.Reason, TryHash(path));
        }

        var hash = file.Reports.FirstOrDefault()?.ContentHash ?? FileHasher.Hash(path);
        var reports = file.Reports.Select(report => new ReportToLoad(
            report.IndexInFile,
            report.RawStart,
            report.TitleEvidence,
            report.Region?.Code,
            report.Region?.Name ?? report.RegionName,
            report.ReportYear,
            report.ReviewYear,
            report.MeetingDate,
            report.Kind,
            report.NegativeReason,
            report.Warnings.Count == 0 ? null : string.Join('\n', report.Warnings),
            extractor.Extract(report)))
            .ToList();
        return new FileExtraction(hash, reports, null, NoReportNote(path, reports));
    }

    /// <summary>Why the file gives the warehouse no report to rank, or null when it does.</summary>
    private static string? NoReportNote(string path, IReadOnlyList<ReportToLoad> reports) =>
        reports.Count == 0 ? $"no government work report found in its {(SourceScanner.KindOf(path) == SourceKind.Html ? "page's " : "")}text"
        : reports.All(report => report.NegativeReason is not null) ? $"not a government work report: {reports[0].NegativeReason}"
        : null;

    /// <summary>A skipped file is still remembered by its hash, so it is not retried until it changes.</summary>
    private static string? TryHash(string path)
    {
        try
        {
            return FileHasher.Hash(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
