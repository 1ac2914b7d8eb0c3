using Dapper;
using Warehouse.Testing;

namespace Warehouse.Loading.Tests;

/// <summary>The example queries and the Parquet export, on a warehouse built from the seeds.</summary>
public sealed class AnalystQueryTests
{
    [Fact]
    public void Every_example_query_runs_and_returns_rows_on_the_seed_warehouse()
    {
        using var seeds = new SeedWarehouse();
        seeds.Run();
        var queries = Directory.GetFiles(Path.Combine(RepoPaths.Sql, "queries"), "*.sql").Order(StringComparer.Ordinal).ToList();
        using var connection = WarehouseFile.OpenReadOnly(seeds.DatabasePath);

        Assert.NotEmpty(queries);
        Assert.All(queries, query =>
        {
            var rows = connection.Query(File.ReadAllText(query)).Count();

            Assert.True(rows > 0, $"{Path.GetFileName(query)} returned no rows");
        });
    }

    [Fact]
    public void The_parquet_export_reads_back_with_the_same_row_counts()
    {
        using var seeds = new SeedWarehouse();
        seeds.Run();
        var folder = seeds.Folder.Combine("parquet");
        using var connection = WarehouseFile.OpenReadOnly(seeds.DatabasePath);

        var exported = new ParquetExporter().Export(connection, folder);

        Assert.NotEmpty(exported);
        Assert.All(exported, export =>
        {
            var viewRows = connection.ExecuteScalar<long>("SELECT count(*) FROM query_table($view)", new { view = export.View });
            var parquetRows = connection.ExecuteScalar<long>("SELECT count(*) FROM read_parquet($files, hive_partitioning = true)",
                new { files = Path.Combine(export.Folder, "**", "*.parquet") });
            Assert.True(viewRows > 0, $"{export.View} is empty");
            Assert.Equal((export.View, viewRows), (export.View, parquetRows));
            Assert.True(Directory.EnumerateDirectories(export.Folder, "year=*").Any(), $"{export.View} is not partitioned by year");
        });
    }
}
