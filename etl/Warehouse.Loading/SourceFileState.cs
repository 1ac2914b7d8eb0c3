namespace Warehouse.Loading;

/// <summary>What the warehouse remembers about a source file (etl_source_file).</summary>
/// <param name="Status">loaded | skipped.</param>
/// <param name="Removed">The file had disappeared from the input at the last run.</param>
public sealed record SourceFileState(
    string SourcePath,
    string ContentHash,
    long SizeBytes,
    DateTime ModifiedAt,
    string Status,
    bool Removed);
