using Warehouse.Pipeline;

namespace Warehouse.Loading.Tests;

/// <summary>
/// This test assembly run as a program (`dotnet Warehouse.Loading.Tests.dll INPUT DB`): the real
/// nightly run (intake, extraction, loading into &lt;db&gt;.next) with one file per load
/// transaction, which stops once the first file is committed into the unpublished copy, writes
/// "paused mid-load" to stderr and waits to be killed. The crash and concurrency tests start it as
/// a child process, so the production program needs no pause of its own.
/// </summary>
internal static class PausedRun
{
    public const string PausedLine = "paused mid-load";

    public static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: dotnet Warehouse.Loading.Tests.dll INPUT_FOLDER DATABASE");
            return 2;
        }

        var run = DefaultNightlyRun.Create(new LoadBatchLimits(Files: 1, Facts: int.MaxValue));
        try
        {
            run.Execute(new RunOptions([args[0]], args[1], null), new PauseAfterFirstLoad(), CancellationToken.None);
            return 0;
        }
        catch (WarehouseBusyException busy)
        {
            Console.Error.WriteLine($"refused: {busy.Message}");
            return 3;
        }
    }

    /// <summary>With one file per transaction, the second file's "load" is reported after the first one's commit.</summary>
    private sealed class PauseAfterFirstLoad : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            if (value is { Stage: "load", Done: 2 })
            {
                Console.Error.WriteLine(PausedLine);
                Console.Error.Flush();
                Thread.Sleep(Timeout.Infinite);
            }
        }
    }
}
