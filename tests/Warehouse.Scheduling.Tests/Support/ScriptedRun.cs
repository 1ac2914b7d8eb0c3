using Warehouse.Loading;
using Warehouse.Pipeline;

namespace Warehouse.Scheduling.Tests.Support;

/// <summary>
/// A stand-in for the pipeline: counts its calls and when each began and ended, notes how many
/// ran at once, can fail its first N calls, can hold each call until the test releases it
/// (watching the cancellation token as the real run does), and can write a small workbook into
/// the output folder.
/// </summary>
public sealed class ScriptedRun : INightlyRun
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _release = new(0);
    private readonly List<(DateTimeOffset Start, DateTimeOffset? End)> _calls = [];
    private int _running;

    public int FailFirst { get; init; }

    public bool HoldUntilReleased { get; init; }

    public Func<RunOptions, string?>? WriteWorkbook { get; init; }

    public int Calls
    {
        get
        {
            lock (_gate)
            {
                return _calls.Count;
            }
        }
    }

    /// <summary>Start and end of every call, in call order.</summary>
    public IReadOnlyList<(DateTimeOffset Start, DateTimeOffset? End)> Timeline
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public int MaxConcurrent { get; private set; }

    public int Cancelled { get; private set; }

    public RunOptions? LastOptions { get; private set; }

    public void Release() => _release.Release();

    public async Task<RunSummary> ExecuteAsync(RunOptions options, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        int call;
        lock (_gate)
        {
            _calls.Add((DateTimeOffset.UtcNow, null));
            call = _calls.Count;
            MaxConcurrent = Math.Max(MaxConcurrent, ++_running);
            LastOptions = options;
        }

        try
        {
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
        finally
        {
            lock (_gate)
            {
                _running--;
                _calls[call - 1] = (_calls[call - 1].Start, DateTimeOffset.UtcNow);
            }
        }
    }
}
