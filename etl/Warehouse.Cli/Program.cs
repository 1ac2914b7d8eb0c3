using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using DuckDB.NET.Data;
using Warehouse.Cli.Commands;
using Warehouse.Loading;

// The `warehouse` command: one subcommand per pipeline entry point, each in its own file
// under Commands/.
var root = new RootCommand("Warehouse: government work reports (政府工作报告) → DuckDB warehouse → Excel rankings.");
foreach (var command in new[]
{
    SqlCommand.Create(),
    ExtractCommand.Create(),
    ReportCommand.Create(),
    RunCommand.Create(),
    CorrectCommand.Create(),
    ExportCommand.Create(),
    ServeCommand.Create(),
})
{
    root.Subcommands.Add(command);
}

// --version names the DuckDB engine too: a warehouse file is only as readable as its engine version.
root.Options.OfType<VersionOption>().Single().Action = new PrintVersions();

return await root.Parse(args).InvokeAsync();

/// <summary>`warehouse --version`: the warehouse's own version, the DuckDB engine's and DuckDB.NET's.</summary>
internal sealed class PrintVersions : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine($"warehouse {InformationalVersion(typeof(PrintVersions).Assembly)}");
        using var engine = ExternalAccess.None.OpenInMemory();
        output.WriteLine($"DuckDB {engine.ServerVersion} (DuckDB.NET {InformationalVersion(typeof(DuckDBConnection).Assembly).Split('+')[0]})");
        return 0;
    }

    private static string InformationalVersion(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
