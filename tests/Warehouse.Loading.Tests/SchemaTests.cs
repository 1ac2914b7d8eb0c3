using Dapper;
using DuckDB.NET.Data;
using Warehouse.Sql;

namespace Warehouse.Loading.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void A_second_migration_applies_nothing_and_the_version_is_the_latest()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var first = new SchemaMigrator().Migrate(connection);
        var second = new SchemaMigrator().Migrate(connection);

        Assert.Equal(SqlFiles.In("schema").Count, first.Count);
        Assert.Empty(second);
        Assert.Equal(SchemaMigrator.LatestVersion, connection.ExecuteScalar<int>("SELECT max(version) FROM schema_version"));
    }

    [Fact]
    public void Upgrading_an_old_file_keeps_its_data()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("old.duckdb");
        using (var old = new DuckDBConnection($"Data Source={path}"))
        {
            old.Open();
            new SchemaMigrator().Migrate(old, upToVersion: 3);
            old.Execute("INSERT INTO fact_correction (region_code, indicator, kind, year, measure, action, value) VALUES ('420525', 'gdp', 'actual', 2023, 'growth_pct', 'replace', 6.1)");
        }

        using var upgraded = new DuckDBConnection($"Data Source={path}");
        upgraded.Open();
        var applied = new SchemaMigrator().Migrate(upgraded);

        Assert.NotEmpty(applied);
        Assert.Equal(6.1, upgraded.ExecuteScalar<double>("SELECT value FROM fact_correction"));
        Assert.Equal(SchemaMigrator.LatestVersion, upgraded.ExecuteScalar<int>("SELECT max(version) FROM schema_version"));
    }

    [Fact]
    public void Documents_loaded_before_report_offsets_and_kinds_count_from_the_files_start_and_have_no_kind()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("v6.duckdb");
        using (var old = new DuckDBConnection($"Data Source={path}"))
        {
            old.Open();
            new SchemaMigrator().Migrate(old, upToVersion: 6);
            old.Execute("INSERT INTO dim_document (content_hash, source_path, index_in_file) VALUES ('abc', 'old.txt', 1)");
        }

        using var upgraded = new DuckDBConnection($"Data Source={path}");
        upgraded.Open();
        new SchemaMigrator().Migrate(upgraded);

        // Facts of such documents carry file offsets, so report start 0 + offset still finds their evidence.
        Assert.Equal(0, upgraded.ExecuteScalar<int?>("SELECT raw_start FROM dim_document WHERE source_path = 'old.txt'"));
        // Their kind was never recorded: null says so rather than guess one.
        Assert.Null(upgraded.ExecuteScalar<string?>("SELECT document_kind FROM dim_document WHERE source_path = 'old.txt'"));
    }

    [Fact]
    public void Every_table_and_column_has_a_comment_in_english_and_chinese()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        new SchemaMigrator().Migrate(connection);

        var tables = connection.Query<(string Name, string? Comment)>("SELECT table_name, comment FROM duckdb_tables() WHERE NOT internal").ToList();
        var columns = connection.Query<(string Table, string Column, string? Comment)>(
            "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE NOT internal AND table_name IN (SELECT table_name FROM duckdb_tables())").ToList();

        Assert.NotEmpty(tables);
        Assert.All(tables, table => Assert.True(IsBilingual(table.Comment), $"table {table.Name}: '{table.Comment}'"));
        Assert.All(columns, column => Assert.True(IsBilingual(column.Comment), $"column {column.Table}.{column.Column}: '{column.Comment}'"));
    }

    [Fact]
    public void The_analyst_views_have_the_columns_the_reports_read()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        new SchemaMigrator().Migrate(connection);
        string[] regionYear = ["region_code", "region_name", "level", "parent_code", "parent_name", "province_code", "province_name", "year",
            "gdp_level", "gdp_growth", "industrial_va_growth", "fai_growth", "retail_level", "retail_growth", "budget_revenue_level",
            "budget_revenue_growth", "urban_income_level", "urban_income_growth", "rural_income_level", "rural_income_growth",
            "resident_income_level", "resident_income_growth", "fact_count"];
        string[] achievement = ["region_code", "region_name", "level", "parent_name", "province_name", "indicator", "measure", "year",
            "target_value", "target_value_high", "target_qualifier", "actual_value", "met", "gap"];
        string[] peerRank = ["region_code", "region_name", "level", "parent_code", "parent_name", "province_code", "province_name", "year",
            "indicator", "measure", "value", "rank_level", "peers_level", "rank_province", "peers_province", "rank_parent", "peers_parent"];

        foreach (var (view, expected) in new[] { ("v_region_year", regionYear), ("v_target_achievement", achievement), ("v_peer_rank", peerRank) })
        {
            var actual = connection.Query<string>("SELECT column_name FROM duckdb_columns() WHERE table_name = $view", new { view }).ToHashSet();
            Assert.Empty(expected.Except(actual));
        }
    }

    [Fact]
    public void A_changed_gazetteer_refills_dim_region_and_an_unchanged_one_is_left_alone()
    {
        using var warehouse = new MemoryWarehouse();
        var loader = new DimensionLoader();
        var renamed = MemoryWarehouse.Yuanan with { Name = "远安新县" };

        var unchanged = loader.LoadRegions(warehouse.Connection, [MemoryWarehouse.Hubei, MemoryWarehouse.Yichang, MemoryWarehouse.Yuanan,
            MemoryWarehouse.Xingshan, MemoryWarehouse.Zigui, MemoryWarehouse.Xiangyang, MemoryWarehouse.Nanzhang]);
        var changed = loader.LoadRegions(warehouse.Connection, [MemoryWarehouse.Hubei, MemoryWarehouse.Yichang, renamed]);

        Assert.False(unchanged);
        Assert.True(changed);
        Assert.Equal(["湖北省", "宜昌市", "远安新县"], warehouse.Query<string>("SELECT region_name FROM dim_region ORDER BY region_code"));
    }

    private static bool IsBilingual(string? comment) =>
        comment is not null && comment.Any(char.IsAsciiLetter) && comment.Any(c => c >= '\u4e00' && c <= '\u9fff');
}
