namespace Warehouse.Pipeline;

/// <summary>
/// The body of the nightly job: scan → extract → load → report. The scheduler depends on this
/// interface so that its own tests can stand in a slow or failing run.
/// </summary>
public interface INightlyRun
{
    Task<RunSummary> ExecuteAsync(RunOptions options, IProgress<RunProgress>? progress, CancellationToken cancellationToken);
}
