using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Warehouse.Benchmarks;

/// <summary>
/// The table of the `closedxml` benchmark, shared by its two writers (this project and
/// Warehouse.Benchmarks.ClosedXml): deterministic rows shaped like the Facts sheet, a region's
/// fact with its evidence sentence; and how one write is timed and reported.
/// </summary>
internal static class WriterTable
{
    public static readonly string[] Headers =
        ["document_id", "region_code", "region_name", "level", "indicator", "kind", "year", "measure", "value", "unit", "evidence", "confidence"];

    private static readonly string[] Indicators = ["gdp", "industrial_va", "fai", "retail", "budget_revenue", "urban_income", "rural_income", "exports"];

    private static readonly string[] Levels = ["province", "city", "county"];

    /// <summary>Each row holds long, double and string values, in the order of <see cref="Headers"/>.</summary>
    public static List<object[]> Rows(int count) => Enumerable.Range(0, count).Select(i =>
    {
        var region = i / 20;
        var value = Math.Round((i * 7919 % 1600) / 10.0 - 3, 1);
        return new object[]
        {
            (long)(region + 1),
            string.Create(CultureInfo.InvariantCulture, $"{110000 + region * 7 % 900000:D6}"),
            $"第{region}区县",
            Levels[region % Levels.Length],
            Indicators[i % Indicators.Length],
            i % 3 == 0 ? "target" : "actual",
            (long)(2023 + i % 3 / 2),
            "growth_pct",
            value,
            "%",
            string.Create(CultureInfo.InvariantCulture, $"全年地区生产总值增长{value}%，规模以上工业增加值增长{value + 1}%，高于全省平均水平（合成数据，第{i}行）"),
            0.5 + i % 50 / 100.0,
        };
    }).ToList();

    /// <summary>Builds the rows, times <paramref name="write"/> alone and prints a <see cref="WriteResult"/> as JSON.</summary>
    public static int Measure(int count, string path, Action<List<object[]>, string> write)
    {
        var rows = Rows(count);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        write(rows, path);
        var wall = clock.Elapsed.TotalSeconds;
        var result = new WriteResult(wall, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, PeakResidentBytes(), new FileInfo(path).Length);
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>VmHWM: the most resident memory this process had at any moment.</summary>
    private static long PeakResidentBytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
}

internal sealed record WriteResult(double WallSeconds, double CpuSeconds, long PeakResidentBytes, long FileBytes);
