using System.Diagnostics;
using Warehouse.Testing;

namespace Warehouse.Loading.Tests;

/// <summary>
/// A separate process for the tests that kill a run or race two processes: the real `warehouse`
/// program built beside the tests, or <see cref="PausedRun"/>. Its stderr is watched for the pause line.
/// </summary>
internal sealed class ChildRun : IDisposable
{
    private readonly Process _process;
    private readonly ManualResetEventSlim _paused = new();
    private readonly List<string> _stdout = [];
    private readonly List<string> _stderr = [];
    private readonly Lock _gate = new();

    private ChildRun(string program, IEnumerable<string> arguments, string? standardInput)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, line) => Collect(_stdout, line.Data);
        _process.ErrorDataReceived += (_, line) =>
        {
            Collect(_stderr, line.Data);
            if (line.Data == PausedRun.PausedLine)
            {
                _paused.Set();
            }
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        if (standardInput is not null)
        {
            _process.StandardInput.Write(standardInput);
        }

        _process.StandardInput.Close();
    }

    /// <summary>`warehouse ARGS…` (the CLI built in the same configuration as these tests).</summary>
    public static ChildRun Warehouse(IEnumerable<string> arguments, string? standardInput = null) =>
        new(CliProgram(), arguments, standardInput);

    /// <summary>A real run that pauses mid-load, after its first file is committed into &lt;db&gt;.next.</summary>
    public static ChildRun Paused(string input, string databasePath) =>
        new(typeof(PausedRun).Assembly.Location, [input, databasePath], null);

    /// <summary>Runs `warehouse ARGS…` to its end.</summary>
    public static (int ExitCode, string Output, string Error) RunWarehouse(IEnumerable<string> arguments, string? standardInput = null)
    {
        using var child = Warehouse(arguments, standardInput);
        var exitCode = child.WaitForExit();
        return (exitCode, child.Stdout, child.Stderr);
    }

    /// <summary>warehouse.dll in the CLI's build folder, same configuration as these tests (bin/Debug/net10.0).</summary>
    private static string CliProgram()
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(RepoPaths.Root, "etl", "Warehouse.Cli", "bin", testFolder.Parent!.Name, testFolder.Name, "warehouse.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the CLI first: {path} is missing.", path);
    }

    public string Stdout => Joined(_stdout);

    public string Stderr => Joined(_stderr);

    /// <summary>Waits until the run has loaded a file into its unpublished copy and paused.</summary>
    public void WaitUntilPaused()
    {
        if (!_paused.Wait(TimeSpan.FromMinutes(2)))
        {
            throw new TimeoutException($"The child run never paused mid-load. Exited: {_process.HasExited}. stderr:\n{Stderr}");
        }
    }

    /// <summary>Waits until the process has written this many lines to stdout, then kills it; returns them.</summary>
    public IReadOnlyList<string> WaitForStdoutLines(int count)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (LineCount(_stdout) < count)
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {LineCount(_stdout)} of {count} lines arrived. stderr:\n{Stderr}");
            }

            Thread.Sleep(20);
        }

        Kill();
        lock (_gate)
        {
            return _stdout.Take(count).ToList();
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
            throw new TimeoutException("The child process did not finish.");
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

    private void Collect(List<string> lines, string? line)
    {
        if (line is not null)
        {
            lock (_gate)
            {
                lines.Add(line);
            }
        }
    }

    private int LineCount(List<string> lines)
    {
        lock (_gate)
        {
            return lines.Count;
        }
    }

    private string Joined(List<string> lines)
    {
        lock (_gate)
        {
            return string.Join('\n', lines);
        }
    }
}
