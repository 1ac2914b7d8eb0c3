using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Warehouse.Reports.Excel;

namespace Warehouse.Benchmarks;

/// <summary>
/// `closedxml [--rows N] [--attempts K]`: the decision of issue 12.3, measured. The same table
/// (<see cref="WriterTable"/>: 60,000 facts × 12 columns of numbers, codes, Chinese names and
/// evidence sentences) written as one native Excel table with a frozen header by our Open XML
/// SDK writer (<see cref="ExcelWorkbook"/>, which also fits the column widths) and by ClosedXML
/// 0.95.4, alternating, each write in a process of its own so that its peak memory is its own.
/// Then ClosedXML with its column auto-fit (AdjustToContents), once. ClosedXML runs from
/// Warehouse.Benchmarks.ClosedXml, built here first, because it needs the 2.x Open XML SDK.
/// </summary>
internal static class ClosedXmlBenchmark
{
    public static int Run(string[] args)
    {
        var rows = NationalCorpus.IntArgument(args, "--rows") ?? 60_000;
        var attempts = NationalCorpus.IntArgument(args, "--attempts") ?? 3;
        var work = Directory.CreateTempSubdirectory("closedxml-benchmark-").FullName;
        try
        {
            var closedXml = BuildClosedXml(Path.Combine(work, "closedxml-bin"));
            var ours = Environment.ProcessPath!;
            Console.WriteLine($"one table, {rows:N0} rows × {WriterTable.Headers.Length} columns; {attempts} alternating writes each, one process per write");
            var results = new Dictionary<string, List<WriteResult>> { ["ours"] = [], ["closedxml"] = [] };
            for (var attempt = 1; attempt <= attempts; attempt++)
            {
                results["ours"].Add(Child("ours", ours, ["closedxml-write", Path.Combine(work, $"ours-{attempt}.xlsx"), $"{rows}"]));
                results["closedxml"].Add(Child("closedxml", closedXml, [Path.Combine(work, $"closedxml-{attempt}.xlsx"), $"{rows}"]));
            }

            try
            {
                Child("closedxml + auto-fit", closedXml, [Path.Combine(work, "closedxml-autofit.xlsx"), $"{rows}", "--autofit"]);
            }
            catch (InvalidOperationException failure)
            {
                Console.WriteLine($"  closedxml + auto-fit failed: {failure.Message}");
            }

            Console.WriteLine($"\nwriter       wall best–worst     CPU best–worst     peak RSS   (load average {LoadAverage()})");
            foreach (var (writer, list) in results)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{writer,-10} {list.Min(r => r.WallSeconds),6:0.00}–{list.Max(r => r.WallSeconds),6:0.00} s   {list.Min(r => r.CpuSeconds),6:0.00}–{list.Max(r => r.CpuSeconds),6:0.00} s   {list.Max(r => r.PeakResidentBytes) / 1048576.0,5:0} MiB"));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>`closedxml-write PATH ROWS`: our writer, one write in this process.</summary>
    public static int Write(string[] args) =>
        WriterTable.Measure(int.Parse(args[1], CultureInfo.InvariantCulture), args[0], (rows, path) =>
        {
            var sheet = new SheetModel("Facts") { FrozenRows = 1 };
            var cells = rows.Select(row => row.Select(value => value switch
            {
                string text => SheetCell.Of(text),
                long number => SheetCell.Of(number),
                double number => SheetCell.Figure(number),
                _ => SheetCell.Blank,
            }).ToArray()).ToList();
            sheet.AddTable(0, 0, new TableSpec("Facts", WriterTable.Headers.Select(header => new ColumnSpec(header)).ToList(), cells));
            using var workbook = ExcelWorkbook.Create(path);
            workbook.Add(sheet);
            workbook.Save();
        });

    private static string BuildClosedXml(string output)
    {
        var project = Path.Combine(CorpusPaths.Repository, "benchmarks", "Warehouse.Benchmarks.ClosedXml");
        Console.WriteLine($"building {Path.GetFileName(project)} (Release) …");
        var build = Start("dotnet", ["build", project, "-c", "Release", "-o", output, "--nologo", "-v", "q"]);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"building {project} failed: {build.Output}");
        }

        return Path.Combine(output, "Warehouse.Benchmarks.ClosedXml");
    }

    private static WriteResult Child(string name, string program, IReadOnlyList<string> arguments)
    {
        var run = Start(program, arguments);
        if (run.ExitCode != 0)
        {
            var reason = run.Errors.Split('\n').FirstOrDefault(line => line.Contains("Exception", StringComparison.Ordinal)) ?? run.Errors;
            throw new InvalidOperationException($"exit code {run.ExitCode}: {reason.Trim()}");
        }

        var result = JsonSerializer.Deserialize<WriteResult>(run.Output.Trim().Split('\n')[^1])!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-20} {result.WallSeconds,6:0.00} s wall, {result.CpuSeconds,6:0.00} s CPU, peak RSS {result.PeakResidentBytes / 1048576.0,5:0} MiB, file {result.FileBytes / 1048576.0:0.0} MiB; load average {LoadAverage()}"));
        return result;
    }

    private static (int ExitCode, string Output, string Errors) Start(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, errors.Result);
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
