using System.CommandLine;
using System.Text;
using Spectre.Console;
using Warehouse.Cli.Output;
using Warehouse.Extraction;
using Warehouse.Extraction.Output;
using Warehouse.Identification;
using Warehouse.Sources;

namespace Warehouse.Cli.Commands;

/// <summary>
/// `warehouse extract PATH... --format jsonl|table`: finds the reports in files and folders and
/// writes one line per report followed by its fact lines (jsonl, the contract of
/// tests/corpus/GOLD.md) or tables for people. Skipped files are logged to stderr with their
/// reason; the run goes on. Facts of independent files are extracted in parallel over the cores;
/// output keeps the input order.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders (searched recursively) with .txt, .html, .htm or .docx reports.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "jsonl (one JSON object per line, GOLD.md schema) or table (for people).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var maxBytes = new Option<long>("--max-bytes")
        {
            Description = "Skip files larger than this many bytes.",
            DefaultValueFactory = _ => SourceScanOptions.DefaultMaxBytes,
        };

        var command = new Command("extract", "Find the government work reports in files and write one line per report.");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(maxBytes);
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? [],
            parse.GetValue(format) ?? "jsonl",
            parse.GetValue(maxBytes)));
        return command;
    }

    private static int Run(string[] paths, string format, long maxBytes)
    {
        var reader = new ReportReader(
            new SourceScanner(new SourceScanOptions(maxBytes)),
            new ReportIdentifier(new Text.TextNormalizer(), new Regions.RegionResolver(Regions.Gazetteer.Load())));
        var files = 0;
        var skipped = 0;
        var factCount = 0;
        var reportCount = 0;
        var negativeCount = 0;
        var reports = new List<(WorkReport Report, IReadOnlyList<Fact> Facts)>();
        // The console stream is unbuffered: the writer's default 1,024-character buffer made a system call every few lines.
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), bufferSize: 1 << 16) { AutoFlush = false };
        var jsonl = format == "jsonl" ? new ExtractionJsonWriter(stdout) : null;
        var extractor = new FactExtractor();
        // Files are read in turn (PLINQ takes its input under a lock); identifying and extracting,
        // which cost far more, run on every core.
        var extracted = reader.Scan(paths)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(reader.Identify)
            .Select(file => (File: file, Reports: file.Reports.Select(r => (Report: r, Facts: ExtractOrWarn(extractor, r))).ToList()));
        foreach (var (file, fileReports) in extracted)
        {
            files++;
            if (file.Skipped is { } skip)
            {
                skipped++;
                Console.Error.WriteLine($"skipped {skip.Path}: {skip.Reason}");
                continue;
            }

            foreach (var (report, facts) in fileReports)
            {
                reportCount++;
                negativeCount += report.IsNegative ? 1 : 0;
                factCount += facts.Count;
                if (jsonl is not null)
                {
                    var reportId = jsonl.WriteReport(report);
                    foreach (var fact in facts)
                    {
                        jsonl.WriteLine(json => FactJsonWriter.WriteProperties(json, reportId, fact));
                    }
                }
                else
                {
                    reports.Add((report, facts));
                }
            }
        }

        stdout.Flush();
        if (jsonl is null)
        {
            WriteTable(reports.Select(r => r.Report).ToList());
            FactTable.Write(reports);
        }

        Console.Error.WriteLine($"{files} files, {reportCount} reports ({negativeCount} not government work reports), {skipped} skipped, {factCount} facts");
        return 0;
    }

    /// <summary>A bug met on one report's text costs that report's facts, not the run.</summary>
    private static IReadOnlyList<Fact> ExtractOrWarn(FactExtractor extractor, WorkReport report)
    {
        try
        {
            return extractor.Extract(report);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"no facts from {report.SourcePath} #{report.IndexInFile}: {e.GetType().Name}: {e.Message}");
            return [];
        }
    }

    private static void WriteTable(IReadOnlyList<WorkReport> reports)
    {
        var table = new Table().AddColumns("file", "#", "kind", "region", "code", "level", "year", "review", "meeting", "notes");
        foreach (var report in reports)
        {
            var notes = report.IsNegative ? "NOT A REPORT: " + report.NegativeReason : string.Join("; ", report.Warnings);
            table.AddRow(
                Markup.Escape(Path.GetFileName(report.SourcePath)),
                report.IndexInFile.ToString(System.Globalization.CultureInfo.InvariantCulture),
                report.Kind.Name(),
                Markup.Escape(report.Region?.Name ?? report.RegionName ?? "?"),
                report.Region?.Code ?? "",
                report.Region is { } region ? Regions.RegionLevels.Name(region.Level) : "",
                report.ReportYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?",
                report.ReviewYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?",
                report.MeetingDate ?? "",
                Markup.Escape(notes));
        }

        TableConsole.Create().Write(table);
    }
}
