using System.Diagnostics;

namespace Warehouse.Pipeline;

/// <summary>Splits a run's wall time into consecutive stages.</summary>
internal sealed class StageClock
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<StageTime> _times = [];
    private TimeSpan _stageStart;

    public IReadOnlyList<StageTime> Times => _times;

    /// <summary>The stage that started when the last one ended ends now.</summary>
    public void End(string stage)
    {
        var now = _watch.Elapsed;
        _times.Add(new StageTime(stage, now - _stageStart));
        _stageStart = now;
    }

    /// <summary>Ends a stage made of two interleaved ones, the second of which took <paramref name="secondPart"/>.</summary>
    public void Split(string first, string second, TimeSpan secondPart)
    {
        var now = _watch.Elapsed;
        _times.Add(new StageTime(first, now - _stageStart - secondPart));
        _times.Add(new StageTime(second, secondPart));
        _stageStart = now;
    }
}
