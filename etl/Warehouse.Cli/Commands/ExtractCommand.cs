using System.CommandLine;
using System.Text;
using Spectre.Console;
using Warehouse.Cli.Output;
using Warehouse.Identification;
using Warehouse.Sources;

namespace Warehouse.Cli.Commands;

/// <summary>
/// `warehouse extract PATH... --format jsonl|table`: finds the reports in files and folders and
/// writes one line per report (jsonl, the contract of ../shared/corpus/GOLD.md) or a table for
/// people. Skipped files are logged to stderr with their reason; the run goes on.
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
        var reports = new List<WorkReport>();
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
        var jsonl = format == "jsonl" ? new ExtractionJsonWriter(stdout) : null;
        foreach (var file in reader.Read(paths))
        {
            files++;
            if (file.Skipped is { } skip)
            {
                skipped++;
                Console.Error.WriteLine($"skipped {skip.Path}: {skip.Reason}");
                continue;
            }

            foreach (var report in file.Reports)
            {
                jsonl?.WriteReport(report);
                reports.Add(report);
            }
        }

        stdout.Flush();
        if (jsonl is null)
        {
            WriteTable(reports);
        }

        Console.Error.WriteLine($"{files} files, {reports.Count} reports ({reports.Count(r => r.IsNegative)} not government work reports), {skipped} skipped");
        return 0;
    }

    private static void WriteTable(IReadOnlyList<WorkReport> reports)
    {
        var table = new Table().AddColumns("file", "#", "region", "code", "level", "year", "review", "meeting", "notes");
        foreach (var report in reports)
        {
            var notes = report.IsNegative ? "NOT A REPORT: " + report.NegativeReason : string.Join("; ", report.Warnings);
            table.AddRow(
                Markup.Escape(Path.GetFileName(report.SourcePath)),
                report.IndexInFile.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(report.Region?.Name ?? report.RegionName ?? "?"),
                report.Region?.Code ?? "",
                report.Region is { } region ? ExtractionJsonWriter.LevelName(region.Level) : "",
                report.ReportYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?",
                report.ReviewYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?",
                report.MeetingDate ?? "",
                Markup.Escape(notes));
        }

        AnsiConsole.Write(table);
    }
}
