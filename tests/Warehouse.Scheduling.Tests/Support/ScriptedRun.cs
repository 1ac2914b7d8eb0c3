using Warehouse.Loading;
using Warehouse.Pipeline;

namespace Warehouse.Scheduling.Tests.Support;

/// <summary>
/// A stand-in for the pipeline: counts its calls, can fail its first N calls, can hold each
/// call until the test releases it (watching the cancellation token as the real run does), and
/// can write a small workbook into the output folder.
/// </summary>
public sealed class ScriptedRun : INightlyRun
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _release = new(0);
    private int _calls;

    public int FailFirst { get; init; }

    public bool HoldUntilReleased { get; init; }

    public Func<RunOptions, string?>? WriteWorkbook { get; init; }

    public int Calls
    {
        get
        {
            lock (_gate)
            {
                return _calls;
            }
        }
    }

    public int Cancelled { get; private set; }

    public void Release() => _release.Release();

    public async Task<RunSummary> ExecuteAsync(RunOptions options, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        int call;
        lock (_gate)
        {
            call = ++_calls;
        }

        if (HoldUntilReleased)
        {
            try
            {
                await _release.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Cancelled++;
                throw;
            }
        }

        if (call <= FailFirst)
        {
            throw new InvalidOperationException($"scripted failure {call}");
        }

        var workbook = WriteWorkbook?.Invoke(options);
        return new RunSummary(call, "succeeded", new RunCounts(3, 2, 0, 0, 1, 0, 42), ["bad.txt: not a work report"], workbook is null ? [] : [workbook]);
    }
}
