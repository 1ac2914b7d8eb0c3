using System.Diagnostics;
using Warehouse.Testing;

namespace Warehouse.DuckDb.Tests;

/// <summary>Runs the built `warehouse` program as a separate process and captures its output.</summary>
internal static class WarehouseProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    /// <summary>The CLI built next to this test project, same configuration and framework.</summary>
    public static string Dll
    {
        get
        {
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var framework = testOutput.Name;
            var configuration = testOutput.Parent!.Name;
            var dll = Path.Combine(RepoPaths.Root, "etl", "Warehouse.Cli", "bin", configuration, framework, "warehouse.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build etl/Warehouse.Cli first; {dll} is missing.");
        }
    }

    public static Outcome Run(IEnumerable<string> arguments, string? standardInput = null, IReadOnlyDictionary<string, string>? environment = null, string? dll = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(dll ?? Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill();
            throw new TimeoutException("warehouse did not finish within two minutes.");
        }

        return new Outcome(process.ExitCode, output.Result, error.Result);
    }
}
