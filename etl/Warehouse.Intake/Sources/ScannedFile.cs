namespace Warehouse.Sources;

/// <summary>A report file found in the input, as the file system describes it (nothing read yet).</summary>
public sealed record ScannedFile(string Path, long SizeBytes, DateTime ModifiedAtUtc);
