using System.Diagnostics;
using System.Text.Json;
using Warehouse.Testing;

namespace Warehouse.DuckDb.Tests;

/// <summary>
/// A file the provider writes opens in DuckDB's own Node.js client (@duckdb/node-api, installed
/// into official/ by prerequisites.sh): the file format is the engine's, not ours.
/// </summary>
public sealed class OfficialClientTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warehouse-official-").FullName;

    private string DatabasePath => Path.Combine(_folder, "warehouse.duckdb");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_file_written_by_the_provider_opens_in_the_official_client()
    {
        using (var connection = new DuckDbConnection($"Data Source={DatabasePath}"))
        {
            connection.Open();
            connection.Execute("""
                CREATE TABLE fact(region VARCHAR, year INTEGER, growth DECIMAL(5,2), revenue BIGINT,
                                  meeting DATE, loaded TIMESTAMP, estimate BOOLEAN, note VARCHAR)
                """);
            using var appender = connection.CreateAppender("fact");
            appender.CreateRow().AppendValue("杭州市").AppendValue(2023).AppendValue(5.6m).AppendValue(2_615_000_000_000L)
                .AppendValue(new DateOnly(2024, 1, 16)).AppendValue(new DateTime(2024, 2, 1, 2, 0, 0)).AppendValue(true).AppendNullValue().EndRow();
            appender.CreateRow().AppendValue("宁波市").AppendValue(2023).AppendValue(-0.5m).AppendValue(1_745_200_000_000L)
                .AppendValue(new DateOnly(2024, 1, 9)).AppendValue(new DateTime(2024, 2, 1, 2, 0, 1)).AppendValue(false).AppendValue("左右").EndRow();
        }

        using var answer = QueryWithOfficialClient(DatabasePath, "SELECT * FROM fact ORDER BY growth DESC");

        Assert.StartsWith("v1.5.", answer.RootElement.GetProperty("version").GetString());
        var rows = answer.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Equal("杭州市", rows[0].GetProperty("region").GetString());
        Assert.Equal(2023, rows[0].GetProperty("year").GetInt32());
        Assert.Equal("5.60", rows[0].GetProperty("growth").GetString());
        Assert.Equal("2615000000000", rows[0].GetProperty("revenue").GetString());
        Assert.Equal("2024-01-16", rows[0].GetProperty("meeting").GetString());
        Assert.Equal("2024-02-01 02:00:00", rows[0].GetProperty("loaded").GetString());
        Assert.True(rows[0].GetProperty("estimate").GetBoolean());
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("note").ValueKind);
        Assert.Equal("-0.50", rows[1].GetProperty("growth").GetString());
        Assert.Equal("左右", rows[1].GetProperty("note").GetString());
    }

    private static JsonDocument QueryWithOfficialClient(string database, string sql)
    {
        var script = Path.Combine(RepoPaths.Root, "tests", "Warehouse.DuckDb.Tests", "official", "query.mjs");
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

        Assert.True(process.ExitCode == 0, $"node {script} failed (run tests/Warehouse.DuckDb.Tests/prerequisites.sh): {error.Result}");
        return JsonDocument.Parse(output.Result);
    }
}
