using System.CommandLine;
using Warehouse.Pipeline;
using Warehouse.Scheduling;
using Warehouse.Scheduling.Settings;

namespace Warehouse.Cli.Commands;

/// <summary>
/// `warehouse serve [--Warehouse:Key=value ...]`: the nightly job on its schedule, with the
/// dashboard. Settings come from appsettings.json next to the binary, Warehouse__* environment
/// variables and --Warehouse:Key=value arguments (see docs/scheduling.md).
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Run the nightly job on its schedule, with a dashboard (settings: appsettings.json, Warehouse__* variables, --Warehouse:Key=value).")
        {
            // Settings overrides are configuration keys, not options this command declares.
            TreatUnmatchedTokensAsErrors = false,
        };

        // Synchronous on purpose: the host handles Ctrl+C and SIGTERM itself and waits for the
        // running job to stop at a safe point; an async action would let the command line's own
        // handler end the process after its short timeout.
        command.SetAction(parseResult => Serve([.. parseResult.UnmatchedTokens]));
        return command;
    }

    private static int Serve(string[] args)
    {
        try
        {
            using var app = SchedulingHost.Build(args, _ => DefaultNightlyRun.Create());
            app.Run();
            return 0;
        }
        catch (SettingsException invalid)
        {
            Console.Error.WriteLine("warehouse serve: " + invalid.Message);
            return 2;
        }
    }
}
