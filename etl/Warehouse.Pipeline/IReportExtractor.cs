using Warehouse.Loading;

namespace Warehouse.Pipeline;

/// <summary>Reads one source file and takes the reports and facts out of it (intake + extraction).</summary>
public interface IReportExtractor
{
    /// <summary>Never throws for bad input: a file that cannot be read returns a SkipReason.</summary>
    FileExtraction Extract(string path);
}

/// <summary>The reports found in a file, or why it was skipped.</summary>
/// <param name="ContentHash">SHA-256 of the bytes that were actually read (null when unreadable).</param>
/// <param name="Note">Why a file that was read gave no report, or only texts that are not work reports.</param>
public sealed record FileExtraction(string? ContentHash, IReadOnlyList<ReportToLoad> Reports, string? SkipReason, string? Note = null)
{
    public static FileExtraction Skipped(string reason, string? contentHash = null) => new(contentHash, [], reason);
}
