using System.Diagnostics;
using Warehouse.Testing;

namespace Warehouse.Loading.Tests;

/// <summary>
/// `warehouse run` as a separate process (the real program, built beside the tests), for the
/// tests that kill a run or race two processes. Its stderr is watched for the pause line.
/// </summary>
internal sealed class ChildRun : IDisposable
{
    private readonly Process _process;
    private readonly ManualResetEventSlim _paused = new();
    private readonly List<string> _stderr = [];
    private readonly Lock _gate = new();

    public ChildRun(string input, string databasePath, int? pauseAfterFiles)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Program(), "run", "--input", input, "--db", databasePath })
        {
            start.ArgumentList.Add(argument);
        }

        if (pauseAfterFiles is { } files)
        {
            start.Environment["WAREHOUSE_PAUSE_AFTER_FILES"] = files.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            lock (_gate)
            {
                _stderr.Add(line.Data);
            }

            if (line.Data.StartsWith("paused mid-load", StringComparison.Ordinal))
            {
                _paused.Set();
            }
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>warehouse.dll in the CLI's build folder, same configuration as these tests (bin/Debug/net10.0).</summary>
    private static string Program()
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(RepoPaths.Root, "etl", "Warehouse.Cli", "bin", testFolder.Parent!.Name, testFolder.Name, "warehouse.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the CLI first: {path} is missing.", path);
    }

    public string Stderr
    {
        get
        {
            lock (_gate)
            {
                return string.Join('\n', _stderr);
            }
        }
    }

    /// <summary>Waits until the run has loaded some files into its unpublished copy and paused.</summary>
    public void WaitUntilPaused()
    {
        if (!_paused.Wait(TimeSpan.FromMinutes(2)))
        {
            throw new TimeoutException($"The child run never paused mid-load. Exited: {_process.HasExited}. stderr:\n{Stderr}");
        }
    }

    /// <summary>SIGKILL: no cleanup code of the run gets to run.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public int WaitForExit()
    {
        if (!_process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            throw new TimeoutException("The child run did not finish.");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        _paused.Dispose();
    }
}
