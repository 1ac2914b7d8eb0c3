namespace Warehouse.Identification;

/// <summary>
/// Where one report lies in a file's normalised text, as found by <see cref="ReportSplitter"/>.
/// </summary>
/// <param name="Start">First character: the report's first title or meeting line.</param>
/// <param name="Opening">Where the speech starts (各位代表), or Start when none was found.</param>
/// <param name="End">One past the last character, after the page furniture behind it is cut away.</param>
/// <param name="PreambleStart">Start of the text between the previous report (or the file start) and this one:
/// page titles and breadcrumbs there can still name the region ("[湖南]").</param>
/// <param name="HasStructure">False when the file had no report structure at all and the segment is the whole text.</param>
/// <param name="HasTitle">Whether the header has a title line (…政府工作报告), not only a meeting line or nothing.</param>
public sealed record ReportSegment(int Start, int Opening, int End, int PreambleStart, bool HasStructure, bool HasTitle)
{
    /// <summary>The title and meeting lines before the speech starts.</summary>
    public string Header(string text) => text[Start..Opening];

    /// <summary>The text before the report that is not part of the previous one.</summary>
    public string Preamble(string text) => text[PreambleStart..Start];
}
