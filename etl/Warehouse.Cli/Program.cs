using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using Warehouse.Cli.Commands;
using Warehouse.DuckDb;

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

/// <summary>`warehouse --version`: the warehouse's own version and the loaded libduckdb's.</summary>
internal sealed class PrintVersions : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var version = typeof(PrintVersions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine($"warehouse {version}");
        try
        {
            output.WriteLine($"DuckDB {DuckDbVersion.Library}");
            return 0;
        }
        catch (DuckDbException e)
        {
            parseResult.InvocationConfiguration.Error.WriteLine($"DuckDB: {e.Message}");
            return 1;
        }
    }
}
