namespace Warehouse.Pipeline;

/// <summary>Progress of a run, for a terminal progress bar or the dashboard.</summary>
/// <param name="Stage">scan | extract | load | report.</param>
public sealed record RunProgress(string Stage, int Done, int Total, string? CurrentPath);
