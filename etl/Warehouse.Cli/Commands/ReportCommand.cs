using System.CommandLine;
using System.Data.Common;
using Warehouse.Loading;
using Warehouse.Pipeline;
using Warehouse.Reports;

namespace Warehouse.Cli.Commands;

/// <summary>
/// `warehouse report --db PATH --out DIR [--year N]`: writes rankings-&lt;year&gt;.xlsx for one data
/// year or for every year the warehouse holds reports for. The database is opened read-only, so
/// analysts may run it while others query the same file. Exit 0 only when every workbook asked
/// for was written; a year with no results is an error, not an empty workbook.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var database = new Option<string>("--db")
        {
            Description = "The DuckDB warehouse file.",
            Required = true,
        };
        var output = new Option<string>("--out")
        {
            Description = "Folder the workbooks are written to (created when missing).",
            Required = true,
        };
        var year = new Option<int?>("--year")
        {
            Description = "Only this data year (the year whose results the reports review). Default: every year.",
        };

        var command = new Command("report", "Write the Excel ranking workbooks from a warehouse file.") { database, output, year };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(database)!,
            parseResult.GetValue(output)!,
            parseResult.GetValue(year),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string databasePath, string outputFolder, int? year, TextWriter output, TextWriter error)
    {
        var failures = 0;
        try
        {
            using var connection = WarehouseFile.OpenReadOnly(databasePath);
            var paths = new RankingWorkbooks(rewriteUnchanged: true).Write(connection, outputFolder, year, message =>
            {
                failures++;
                error.WriteLine($"error: {message}");
            }, new WorkbookLines(error), CancellationToken.None);
            foreach (var path in paths)
            {
                output.WriteLine(path);
            }

            if (paths.Count == 0 && failures == 0)
            {
                error.WriteLine("error: the warehouse holds no reports with a data year; no workbook written.");
                return 1;
            }

            return failures == 0 ? 0 : 1;
        }
        catch (WorkbookFolderBusyException busy)
        {
            error.WriteLine($"warehouse report: refused: {busy.Message}");
            return 3;
        }
        catch (WarehouseFileException unusable)
        {
            error.WriteLine($"error: {unusable.Message}");
            return 2;
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    /// <summary>One line on the error stream per workbook done, so a long report shows it is moving; the paths go to the output at the end.</summary>
    private sealed class WorkbookLines(TextWriter error) : IProgress<WorkbookProgress>
    {
        private readonly Lock _gate = new();

        public void Report(WorkbookProgress value)
        {
            lock (_gate)
            {
                error.WriteLine($"{value.Done}/{value.Due} {value.Path}");
            }
        }
    }
}
