using Warehouse.Extraction;
using Warehouse.Identification;

namespace Warehouse.Loading;

/// <summary>One source file as the loader receives it: identity, state on disk, and what was found in it.</summary>
/// <param name="SourcePath">Full path of the file (the key of its documents).</param>
/// <param name="ContentHash">SHA-256 (lower-case hex) of its bytes.</param>
/// <param name="SizeBytes">Size on disk when hashed.</param>
/// <param name="ModifiedAtUtc">Modification time on disk when hashed.</param>
/// <param name="Reports">The reports found in it, with their facts (empty for a file with none).</param>
public sealed record FileToLoad(
    string SourcePath,
    string ContentHash,
    long SizeBytes,
    DateTime ModifiedAtUtc,
    IReadOnlyList<ReportToLoad> Reports)
{
    public int FactCount => Reports.Sum(report => report.Facts.Count);
}

/// <summary>One report found in a file, as it goes into dim_document, with its facts.</summary>
/// <param name="IndexInFile">0 for the first report in the file, 1 for the next, …</param>
/// <param name="RawStart">Offset of the report's first character in the file's decoded text; its facts' offsets count from here.</param>
/// <param name="RegionCode">GB/T 2260 code of the report's region; null when unresolved.</param>
/// <param name="Kind">What the document is (stored by its name, <see cref="DocumentKinds.Name"/>).</param>
/// <param name="NegativeReason">Set when the text is not a work report (it then has no facts).</param>
/// <param name="Warnings">Notes for analysts, one per line; null when none.</param>
public sealed record ReportToLoad(
    int IndexInFile,
    int RawStart,
    string? Title,
    string? RegionCode,
    string? RegionName,
    int? ReportYear,
    int? ReviewYear,
    string? MeetingDate,
    DocumentKind Kind,
    string? NegativeReason,
    string? Warnings,
    IReadOnlyList<Fact> Facts);
