using Warehouse.Sources;

namespace Warehouse.Loading;

/// <summary>A file's size and modification time as the warehouse last saw them (etl_source_file).</summary>
public readonly record struct FileStamp(long SizeBytes, DateTime ModifiedAt);

/// <summary>What a run must do with a scanned file before hashing it.</summary>
public enum FirstCheck
{
    /// <summary>Never seen: hash, extract, load.</summary>
    New,

    /// <summary>Same size and modification time as when last hashed: unchanged, not even hashed.</summary>
    UnchangedByStamp,

    /// <summary>Known, but its size or time stamp moved (or it had been removed): hash to know.</summary>
    HashToKnow,
}

/// <summary>
/// Decides, from the file system's size and modification time alone, which files can be skipped
/// without reading a byte. Size + mtime is the same first check rsync and make rely on: a writer
/// that changes a file's bytes changes its mtime. It can be fooled only by a tool that restores
/// an old mtime on new bytes of the same size; for such input, touch the files (or delete the
/// etl_source_file row) to force a rehash. A file whose stamp moved is hashed, and the same hash
/// still counts as unchanged.
/// </summary>
public static class ChangeDetector
{
    /// <summary>DuckDB stores timestamps to the microsecond; compare at that precision.</summary>
    public static DateTime ToStoredPrecision(DateTime value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerMicrosecond), DateTimeKind.Utc);

    public static FirstCheck Check(ScannedFile file, SourceFileState? known)
    {
        if (known is null)
        {
            return FirstCheck.New;
        }

        return HasStamp(file, new FileStamp(known.SizeBytes, known.ModifiedAt)) && !known.Removed ? FirstCheck.UnchangedByStamp : FirstCheck.HashToKnow;
    }

    /// <summary>
    /// Whether a run has nothing to do with these files (distinct paths): each one is known, not
    /// removed, with the same stamp, and as many as the known files not removed, so none of those
    /// is gone. <paramref name="known"/> holds the stamps of the files not removed.
    /// </summary>
    public static bool NoneChanged(IReadOnlyCollection<ScannedFile> files, IReadOnlyDictionary<string, FileStamp> known) =>
        files.Count == known.Count && files.All(file => known.TryGetValue(file.Path, out var stamp) && HasStamp(file, stamp));

    private static bool HasStamp(ScannedFile file, FileStamp stamp) =>
        stamp.SizeBytes == file.SizeBytes && ToStoredPrecision(stamp.ModifiedAt).Ticks == ToStoredPrecision(file.ModifiedAtUtc).Ticks;

    /// <summary>Known files that were not seen in this run's input (and are not already marked removed).</summary>
    public static IReadOnlyList<string> Removed(IEnumerable<SourceFileState> known, IReadOnlySet<string> seenPaths) =>
        known.Where(state => !state.Removed && !seenPaths.Contains(state.SourcePath))
            .Select(state => state.SourcePath)
            .Order(StringComparer.Ordinal)
            .ToList();
}
