using Warehouse.Regions;
using Warehouse.Text;

namespace Warehouse.Identification;

/// <summary>
/// One government work report (政府工作报告) found in a source file, cut from its page furniture,
/// normalised and identified. A file may hold several. This is what the extraction stage reads.
/// </summary>
/// <param name="SourcePath">Path of the file the report was found in.</param>
/// <param name="ContentHash">SHA-256 (lower-case hex) of the file's bytes.</param>
/// <param name="IndexInFile">0 for the first report in the file, 1 for the next, …</param>
/// <param name="RawStart">Offset of the report's first character in the file's text (for HTML, the text
/// after tags are stripped and entities decoded; for .docx, its paragraphs one per line).</param>
/// <param name="Text">The report's text; its Raw is the slice of the file's text from RawStart.</param>
/// <param name="Region">The report's own region, or null when it could not be resolved.</param>
/// <param name="RegionName">The region name as resolved or as found in the text (also set when ambiguous).</param>
/// <param name="ReportYear">The year whose targets the report sets.</param>
/// <param name="ReviewYear">The year whose results it reviews (normally ReportYear - 1).</param>
/// <param name="MeetingDate">ISO date (YYYY-MM-DD, or YYYY-MM when only the month is known).</param>
/// <param name="TitleEvidence">The title line, or the first line that names the report.</param>
/// <param name="NegativeReason">Why this is not a government work report (set exactly when <paramref name="Kind"/> is a
/// negative kind); then no facts are taken.</param>
/// <param name="Warnings">Things an analyst should know (ambiguous region, year guessed, …).</param>
/// <param name="Kind">What the document is: the report's own text (with or without title, the State Council's), a page
/// relaying it, or a look-alike (statistical bulletin, execution report, …).</param>
public sealed record WorkReport(
    string SourcePath,
    string ContentHash,
    int IndexInFile,
    int RawStart,
    NormalizedText Text,
    Region? Region,
    string? RegionName,
    int? ReportYear,
    int? ReviewYear,
    string? MeetingDate,
    string? TitleEvidence,
    string? NegativeReason,
    IReadOnlyList<string> Warnings,
    DocumentKind Kind = DocumentKind.FullReport)
{
    public bool IsNegative => NegativeReason is not null;
}
