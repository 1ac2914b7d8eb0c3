using Warehouse.Sources;

namespace Warehouse.Identification;

/// <summary>What one input file gave: its reports (possibly negatives), or why it was skipped.</summary>
public sealed record FileReports(string Path, IReadOnlyList<WorkReport> Reports, SkippedFile? Skipped);
