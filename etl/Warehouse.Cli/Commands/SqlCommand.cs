using System.CommandLine;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using Spectre.Console;
using Warehouse.Cli.Sql;
using Warehouse.Loading;

namespace Warehouse.Cli.Commands;

/// <summary>
/// `warehouse sql "QUERY" --db PATH [--format table|csv|json] [--write] [--allow-files DIR]`:
/// ad-hoc SQL against a warehouse file. Read-only means read-only: the file is opened in DuckDB's
/// read-only mode with no file readers, COPY … TO, ATTACH, INSTALL or LOAD, and the settings
/// locked (see <see cref="ExternalAccess"/>); --allow-files opens files under one folder.
/// --write changes the warehouse the way a run does (its lock, a copy, one atomic publish), so a
/// run can neither interleave with it nor discard it. With no query the statements come from
/// standard input; without --db they run on a fresh in-memory database.
/// </summary>
internal static class SqlCommand
{
    private const int Busy = 3;

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
            Description = "Change the database (created when missing): takes the warehouse's writer lock and publishes all statements at once, or none if one fails.",
        };
        var allowFiles = new Option<string?>("--allow-files")
        {
            Description = "Let the SQL read and write files under this folder (created when missing: COPY … TO, read_csv, …); it may not hold the warehouse itself.",
        };

        var command = new Command("sql", "Run ad-hoc SQL against a warehouse file.") { query, database, format, write, allowFiles };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(query),
            parseResult.GetValue(database),
            parseResult.GetValue(format)!,
            parseResult.GetValue(write),
            parseResult.GetValue(allowFiles),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string? query, string? databasePath, string format, bool write, string? allowFiles, TextWriter output, TextWriter error)
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
            var access = allowFiles is null ? ExternalAccess.None : ExternalAccess.UnderFolder(Directory.CreateDirectory(allowFiles).FullName);
            if (databasePath is null)
            {
                using var memory = access.OpenInMemory();
                Execute(memory, sql, format, output);
            }
            else if (write)
            {
                using var session = WarehouseFile.BeginWrite(databasePath, access);
                Execute(session.Connection, sql, format, output);
                session.Publish();
            }
            else
            {
                using var connection = WarehouseFile.OpenReadOnly(databasePath, access);
                Execute(connection, sql, format, output);
            }

            return 0;
        }
        catch (DuckDBException e) when (IsRefusal(e))
        {
            error.WriteLine($"warehouse sql: refused: {e.Message.Split('\n')[0]} (warehouse sql reaches no extensions, and files only under --allow-files DIR)");
            return 1;
        }
        catch (DuckDBException e)
        {
            error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (WarehouseBusyException busy)
        {
            error.WriteLine($"warehouse sql: refused: {busy.Message}");
            return Busy;
        }
        catch (Exception invalid) when (invalid is ArgumentException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {invalid.Message}");
            return 2;
        }
    }

    /// <summary>DuckDB refused to reach a file or an extension (its messages start with the error's type).</summary>
    private static bool IsRefusal(DuckDBException e) =>
        e.ErrorType == DuckDBErrorType.Permission || e.Message.StartsWith("Permission Error:", StringComparison.Ordinal);

    private static void Execute(DuckDBConnection connection, string sql, string format, TextWriter output)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        // Rows are read and written as DuckDB produces them, so a huge result never sits in memory.
        command.UseStreamingMode = true;
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
