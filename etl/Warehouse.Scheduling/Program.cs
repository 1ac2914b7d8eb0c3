using Microsoft.AspNetCore.Connections;
using Warehouse.Pipeline;
using Warehouse.Scheduling;
using Warehouse.Scheduling.Dashboard;
using Warehouse.Scheduling.Settings;

// warehouse-serve, which `warehouse serve` starts: the nightly job on its schedule, with the
// dashboard, until Ctrl+C or SIGTERM (which cancel a running job at its next safe point).
// Settings: appsettings.json next to this program, Warehouse__* variables, --Warehouse:Key=value
// (docs/scheduling.md). A start that cannot happen says why in one line, without a stack trace.
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
catch (Exception e) when (Find<OpenEndpointException>(e) is { } open)
{
    Console.Error.WriteLine("warehouse serve: " + open.Message);
    return 2;
}
catch (IOException e) when (Find<AddressInUseException>(e) is not null)
{
    Console.Error.WriteLine($"warehouse serve: {e.Message} Is another warehouse serve running? Choose another port with --Warehouse:Dashboard:Port=N.");
    return 1;
}

static T? Find<T>(Exception? e)
    where T : Exception
{
    for (; e is not null; e = e.InnerException)
    {
        if (e is T found)
        {
            return found;
        }
    }

    return null;
}
