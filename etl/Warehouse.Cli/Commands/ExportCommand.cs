using System.CommandLine;
using System.Globalization;
using DuckDB.NET.Data;
using Warehouse.Loading;

namespace Warehouse.Cli.Commands;

/// <summary>
/// `warehouse export --db PATH --parquet DIR`: the analyst views as hive-partitioned Parquet
/// (DIR/v_fact/year=2020/level=county/…) for Spark, Trino or pandas. Reads the warehouse
/// read-only, so it can run while a nightly run is writing.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "The DuckDB warehouse file.", Required = true };
        var parquet = new Option<string>("--parquet") { Description = "Output folder for the Parquet files.", Required = true };
        var command = new Command("export", "Export the analyst views as Parquet partitioned by year and level.");
        command.Options.Add(db);
        command.Options.Add(parquet);
        command.SetAction(parseResult => Export(parseResult.GetValue(db)!, parseResult.GetValue(parquet)!));
        return command;
    }

    private static int Export(string databasePath, string folder)
    {
        try
        {
            using var connection = WarehouseFile.OpenReadOnly(databasePath);
            foreach (var (view, target, rows) in new ParquetExporter().Export(connection, folder))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{view}: {rows} rows → {target}"));
            }

            return 0;
        }
        catch (WarehouseFileException unusable)
        {
            Console.Error.WriteLine($"error: {unusable.Message}");
            return 2;
        }
        catch (Exception e) when (e is DuckDBException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message.Split('\n')[0]}");
            return 1;
        }
    }
}
