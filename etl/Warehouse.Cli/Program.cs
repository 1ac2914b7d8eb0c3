using System.CommandLine;
using Warehouse.Cli.Commands;

// The `warehouse` command: one subcommand per pipeline entry point, each in its own file
// under Commands/.
var root = new RootCommand("Warehouse: government work reports (政府工作报告) → DuckDB warehouse → Excel rankings.");
foreach (var command in new[]
{
    SqlCommand.Create(),
    ServeCommand.Create(),
})
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
