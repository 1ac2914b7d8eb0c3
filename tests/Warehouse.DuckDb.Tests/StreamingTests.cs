using System.Diagnostics;

namespace Warehouse.DuckDb.Tests;

/// <summary>
/// A reader over a huge result holds one data chunk at a time: reading ten million rows keeps
/// the process's memory far below what the materialized result would take.
/// </summary>
[Collection(MemorySensitive.Name)]
public sealed class StreamingTests
{
    private const long Rows = 10_000_000;

    [Fact]
    public void Ten_million_rows_stream_chunk_by_chunk_in_bounded_memory()
    {
        using var connection = InMemory.Open(";Threads=2");
        using var command = connection.CreateCommand();
        // Two BIGINTs and a string per row: materialized, this is well over 400 MB.
        command.CommandText = "SELECT i, i * 2 AS twice, 'row-' || i AS label FROM range($n) r(i)";
        command.Parameters.Add("n", Rows);

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var peak = baseline;
        long count = 0;
        long sum = 0;
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var i = reader.GetInt64(0);
                Assert.Equal(i * 2, reader.GetInt64(1));
                sum += i;
                if (++count % 1_000_000 == 0)
                {
                    Assert.Equal($"row-{i}", reader.GetString(2));
                    process.Refresh();
                    peak = Math.Max(peak, process.WorkingSet64);
                }
            }
        }

        Assert.Equal(Rows, count);
        Assert.Equal(Rows * (Rows - 1) / 2, sum);
        var growthMb = (peak - baseline) / (1024 * 1024);
        Assert.True(growthMb < 100, $"Working set grew by {growthMb} MB while streaming {Rows:N0} rows.");
    }

    [Fact]
    public void A_reader_closed_early_does_not_run_the_query_to_the_end()
    {
        using var connection = InMemory.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT i FROM range(1000000000000) r(i)";
        var stopwatch = Stopwatch.StartNew();
        using (var reader = command.ExecuteReader())
        {
            for (var i = 0; i < 5000; i++)
            {
                Assert.True(reader.Read());
                Assert.Equal((long)i, reader.GetInt64(0));
            }
        }

        // A trillion rows cannot be produced at all; finishing proves the result was never materialized.
        Assert.Equal(1L, connection.Scalar("SELECT 1::BIGINT"));
    }
}
