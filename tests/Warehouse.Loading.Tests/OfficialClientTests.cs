using System.Diagnostics;
using System.Text.Json;
using Dapper;
using Warehouse.Pipeline;
using Warehouse.Testing;

namespace Warehouse.Loading.Tests;

/// <summary>
/// A warehouse file written by the tool opens in DuckDB's own Node.js client (@duckdb/node-api,
/// installed into official/ by prerequisites.sh) and holds the same rows there: the file is the
/// engine's format, readable by every DuckDB client an analyst may use.
/// </summary>
public sealed class OfficialClientTests
{
    private const string Facts = """
        SELECT d.source_path, d.raw_start::VARCHAR AS report_start, d.loaded_at::VARCHAR AS loaded_at, f.region_code, f.indicator,
               f.kind, f.year::VARCHAR AS year, f.measure, f.value::VARCHAR AS value, f.qualifier, f.estimate::VARCHAR AS estimate,
               f.evidence, f.raw_start::VARCHAR AS raw_start
        FROM fact_indicator f JOIN dim_document d USING (document_id)
        ORDER BY ALL
        """;

    [Fact]
    public void A_warehouse_written_by_a_run_opens_in_DuckDBs_own_client_with_the_same_rows()
    {
        using var folder = new TempFolder();
        var database = folder.Combine("warehouse.duckdb");
        DefaultNightlyRun.Create().Execute(new RunOptions([RepoPaths.Samples], database, null), null, CancellationToken.None);
        List<string?[]> ours;
        using (var connection = WarehouseFile.OpenReadOnly(database))
        {
            ours = connection.Query(Facts).Select(row => ((IDictionary<string, object?>)row).Values.Select(value => value as string).ToArray()).ToList();
        }

        using var answer = QueryWithOfficialClient(database, Facts);

        Assert.StartsWith("v1.5.", answer.RootElement.GetProperty("version").GetString());
        var theirs = answer.RootElement.GetProperty("rows").EnumerateArray()
            .Select(row => row.EnumerateObject().Select(column => column.Value.ValueKind == JsonValueKind.Null ? null : column.Value.GetString()).ToArray())
            .ToList();
        Assert.NotEmpty(ours);
        Assert.Contains(ours, row => row.Any(value => value is not null && value.Any(c => c >= '\u4e00' && c <= '\u9fff')));
        Assert.Equal(ours, theirs);
    }

    private static JsonDocument QueryWithOfficialClient(string database, string sql)
    {
        var script = Path.Combine(RepoPaths.Root, "tests", "Warehouse.Loading.Tests", "official", "query.mjs");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(database);
        start.ArgumentList.Add(sql);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill();
            throw new TimeoutException("node did not finish within a minute.");
        }

        Assert.True(process.ExitCode == 0, $"node {script} failed (run tests/Warehouse.Loading.Tests/prerequisites.sh): {error.Result}");
        return JsonDocument.Parse(output.Result);
    }
}
