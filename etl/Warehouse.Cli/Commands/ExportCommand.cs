using System.CommandLine;
using System.Globalization;
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
        command.SetAction(parseResult =>
        {
            using var connection = WarehouseFile.OpenReadOnly(parseResult.GetValue(db)!);
            var folder = parseResult.GetValue(parquet)!;
            Directory.CreateDirectory(folder);
            foreach (var (view, target, rows) in new ParquetExporter().Export(connection, folder))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{view}: {rows} rows → {target}"));
            }

            return 0;
        });
        return command;
    }
}
