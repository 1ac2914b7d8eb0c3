using Warehouse.Loading;

namespace Warehouse.Scheduling.History;

/// <summary>One attempt of the nightly job as the run history keeps it.</summary>
/// <param name="TriggerKind">scheduled | manual | retry | recovery.</param>
/// <param name="Status">running | the pipeline's own status | failed | cancelled | interrupted.</param>
public sealed record RunRecord(
    string RunId,
    string JobName,
    string Node,
    string TriggerKind,
    int Attempt,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string Status,
    RunCounts Counts,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Workbooks,
    string? Message)
{
    public bool IsRunning => Status == RunStatus.Running;
}

/// <summary>The statuses the scheduler itself writes; a finished run keeps its pipeline's status.</summary>
public static class RunStatus
{
    public const string Running = "running";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
    public const string Interrupted = "interrupted";
}
