using System.Diagnostics;
using Warehouse.Testing;

namespace Warehouse.Scheduling.Tests.Support;

/// <summary>Runs a script from browser/ with node, bounded in time, and returns what it printed.</summary>
public static class NodeScript
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Warehouse.Scheduling.Tests", "browser");

    public static async Task<(int ExitCode, string Output)> RunAsync(string script, TimeSpan timeout, params string[] args)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "playwright-core")))
        {
            throw new InvalidOperationException($"playwright-core is not installed in {Folder}: run tests/Warehouse.Scheduling.Tests/prerequisites.sh (or tests/run).");
        }

        if (!File.Exists("/usr/bin/chromium"))
        {
            throw new InvalidOperationException("/usr/bin/chromium is missing: run tests/Warehouse.Scheduling.Tests/prerequisites.sh (or tests/run).");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within {timeout.TotalSeconds:0} s: {await stdout}{await stderr}");
        }

        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
