namespace Warehouse.Sources;

/// <summary>Limits for scanning input files.</summary>
/// <param name="MaxBytes">Files larger than this are skipped (a report is well under 1 MB; a dump of many a few MB).</param>
public sealed record SourceScanOptions(long MaxBytes = SourceScanOptions.DefaultMaxBytes)
{
    public const long DefaultMaxBytes = 64L * 1024 * 1024;
}
