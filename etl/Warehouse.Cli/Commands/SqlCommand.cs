using System.CommandLine;
using System.Data.Common;
using Spectre.Console;
using Warehouse.Cli.Sql;
using Warehouse.DuckDb;

namespace Warehouse.Cli.Commands;

/// <summary>
/// `warehouse sql "QUERY" --db PATH [--format table|csv|json] [--write]`: ad-hoc SQL against a
/// warehouse file. Read-only unless --write, so an analyst cannot change the warehouse by
/// accident; with no query the statements come from standard input. Without --db it runs on a
/// fresh in-memory database.
/// </summary>
internal static class SqlCommand
{
    public static Command Create()
    {
        var query = new Argument<string?>("query")
        {
            Description = "SQL to run (several statements separated by ';'). Omit it to read SQL from standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var database = new Option<string?>("--db")
        {
            Description = "The DuckDB database file. Without it, a temporary in-memory database.",
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var write = new Option<bool>("--write")
        {
            Description = "Open the database for writing (and create the file if it does not exist).",
        };

        var command = new Command("sql", "Run ad-hoc SQL against a warehouse file.") { query, database, format, write };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(query),
            parseResult.GetValue(database),
            parseResult.GetValue(format)!,
            parseResult.GetValue(write),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string? query, string? databasePath, string format, bool write, TextWriter output, TextWriter error)
    {
        var sql = query ?? Console.In.ReadToEnd();
        if (string.IsNullOrWhiteSpace(sql))
        {
            error.WriteLine("error: no SQL given; pass a query or pipe statements into standard input.");
            return 2;
        }

        if (databasePath is not null && !write && !File.Exists(databasePath))
        {
            error.WriteLine($"error: no database file at {databasePath}; pass --write to create one.");
            return 2;
        }

        try
        {
            using var connection = new DuckDbConnection(ConnectionString(databasePath, write));
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var writer = CreateWriter(format, output);
            var resultSets = 0;
            if (reader.FieldCount > 0)
            {
                do
                {
                    writer.Write(reader);
                    resultSets++;
                }
                while (reader.NextResult());
            }

            writer.Finish(reader.RecordsAffected, resultSets);
            return 0;
        }
        catch (DuckDbException e)
        {
            error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static string ConnectionString(string? databasePath, bool write)
    {
        var builder = new DbConnectionStringBuilder { ["Data Source"] = databasePath ?? DuckDbConnectionSettings.InMemory };
        if (databasePath is not null && !write)
        {
            builder["Access Mode"] = "ReadOnly";
        }

        return builder.ConnectionString;
    }

    private static IResultWriter CreateWriter(string format, TextWriter output) => format switch
    {
        "csv" => new CsvResultWriter(output),
        "json" => new JsonResultWriter(output),
        _ => new TableResultWriter(CreateConsole(output)),
    };

    private static IAnsiConsole CreateConsole(TextWriter output)
    {
        var redirected = Console.IsOutputRedirected || !ReferenceEquals(output, Console.Out);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (redirected)
        {
            // Piped output has no terminal width; do not wrap wide tables at Spectre's default 80.
            console.Profile.Width = 240;
        }

        return console;
    }
}
