using System.CommandLine;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Warehouse.Cli.Commands;

/// <summary>
/// `warehouse serve [--Warehouse:Key=value ...]`: hands over to warehouse-serve, the scheduler
/// and dashboard program built next to this one (etl/Warehouse.Scheduling). The scheduler lives
/// in its own program so that `warehouse extract`, `sql` and the rest never load ASP.NET or
/// Hangfire. On Linux and macOS the process becomes warehouse-serve (exec): same process id,
/// signals and exit code, so a supervisor that stops `warehouse serve` stops the scheduler.
/// </summary>
internal static partial class ServeCommand
{
    private const string Host = "warehouse-serve";

    public static Command Create()
    {
        var command = new Command("serve", "Run the nightly job on its schedule, with a dashboard (settings: appsettings.json, Warehouse__* variables, --Warehouse:Key=value).")
        {
            // Settings overrides are configuration keys, not options this command declares.
            TreatUnmatchedTokensAsErrors = false,
        };

        command.SetAction(parseResult => Serve([.. parseResult.UnmatchedTokens]));
        return command;
    }

    private static int Serve(string[] args)
    {
        var folder = AppContext.BaseDirectory;
        var library = Path.Combine(folder, Host + ".dll");
        if (!File.Exists(library))
        {
            Console.Error.WriteLine($"warehouse serve: {library} is missing; build etl/Warehouse.Cli (it builds the scheduler beside it).");
            return 1;
        }

        // Started the way this program was: through the dotnet muxer (dotnet warehouse.dll), or by its own launcher.
        var muxer = Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : null;
        var launcher = Path.Combine(folder, OperatingSystem.IsWindows() ? Host + ".exe" : Host);
        string[] argv = muxer is not null ? [muxer, library, .. args] : [launcher, .. args];

        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            Console.Out.Flush();
            Console.Error.Flush();
            Exec(argv[0], [.. argv, null]);
            Console.Error.WriteLine($"warehouse serve: cannot start {argv[0]}: {Marshal.GetLastPInvokeErrorMessage()}");
            return 1;
        }

        var start = new ProcessStartInfo(argv[0]);
        foreach (var arg in argv[1..])
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        child.WaitForExit();
        return child.ExitCode;
    }

    /// <summary>execv(3): replaces this process; returns only when it could not.</summary>
    [LibraryImport("libc", EntryPoint = "execv", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Exec(string path, string?[] argv);
}
