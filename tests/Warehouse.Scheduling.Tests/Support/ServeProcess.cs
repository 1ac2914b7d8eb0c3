using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

namespace Warehouse.Scheduling.Tests.Support;

/// <summary>
/// A real `dotnet warehouse.dll serve` process (which becomes warehouse-serve), configured
/// through Warehouse__* environment variables as an operator would, with its output kept in a
/// log file for the failure message.
/// </summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process _process;

    private ServeProcess(Process process, int port, string log)
    {
        _process = process;
        Port = port;
        Log = log;
    }

    public int Port { get; }

    public string Log { get; }

    public bool HasExited => _process.HasExited;

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    public static ServeProcess Start(IReadOnlyDictionary<string, string> environment, string log, params string[] args)
    {
        var port = FreePort.Next();
        var warehouse = Path.Combine(AppContext.BaseDirectory, "warehouse.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(warehouse);
        start.ArgumentList.Add("serve");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["Warehouse__Dashboard__Port"] = port.ToString(CultureInfo.InvariantCulture);
        var process = Process.Start(start)!;
        var writer = new StreamWriter(log) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(writer, e.Data);
        process.ErrorDataReceived += (_, e) => Write(writer, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServeProcess(process, port, log);
    }

    public async Task<string> WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        var health = await Eventually.Get(
            async () =>
            {
                if (_process.HasExited)
                {
                    return new Health($"exited {_process.ExitCode}: {ReadLog()}", "");
                }

                try
                {
                    return await client.GetFromJsonAsync<Health>("healthz") ?? new Health("empty", "");
                }
                catch (HttpRequestException)
                {
                    return new Health("not listening", "");
                }
            },
            h => h.Status == "ok" || h.Status.StartsWith("exited", StringComparison.Ordinal),
            TimeSpan.FromSeconds(60),
            "the node reports a running scheduler on /healthz");
        return health.Status == "ok" ? health.Node : throw new InvalidOperationException($"warehouse serve {health.Status}");
    }

    /// <summary>Waits for a process that is expected to stop by itself (a refused start); its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        await _process.WaitForExitAsync(timeout.Token);
        // The output handlers may still be writing the last lines.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>As a crash or a pulled plug: no shutdown, no chance to say anything.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public string ReadLog()
    {
        using var stream = new FileStream(Log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }

    private static void Write(StreamWriter writer, string? line)
    {
        if (line is not null)
        {
            lock (writer)
            {
                writer.WriteLine(line);
            }
        }
    }

    private sealed record Health(string Status, string Node);
}
