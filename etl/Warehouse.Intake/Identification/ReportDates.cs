namespace Warehouse.Identification;

/// <summary>
/// The years and meeting date of a report.
/// </summary>
/// <param name="ReportYear">The year whose targets the report sets.</param>
/// <param name="ReviewYear">The year whose results it reviews.</param>
/// <param name="MeetingDate">YYYY-MM-DD, or YYYY-MM when the text gives only the month.</param>
/// <param name="Source">Where the report year came from (title, meeting date, section headings).</param>
public sealed record ReportDates(int? ReportYear, int? ReviewYear, string? MeetingDate, string? Source, IReadOnlyList<string> Warnings);
