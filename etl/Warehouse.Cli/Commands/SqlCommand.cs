using System.CommandLine;

namespace Warehouse.Cli.Commands;

/// <summary>`warehouse sql "QUERY" --db PATH`: ad-hoc SQL against the warehouse.</summary>
internal static class SqlCommand
{
    public static Command Create()
    {
        var command = new Command("sql", "Run ad-hoc SQL against a warehouse file.");
        command.SetAction(_ => 0);
        return command;
    }
}
