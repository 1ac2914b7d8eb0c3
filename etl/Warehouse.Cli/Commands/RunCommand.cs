using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Warehouse.Loading;
using Warehouse.Pipeline;

namespace Warehouse.Cli.Commands;

/// <summary>
/// `warehouse run --input DIR... [--db PATH] [--out DIR] [--year N]`: the nightly job's body, once.
/// A progress bar on a terminal; plain log lines when the output is redirected (cron, CI).
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var input = new Option<string[]>("--input") { Description = "Folders to scan recursively for report files.", Required = true, AllowMultipleArgumentsPerToken = true };
        var db = new Option<string>("--db") { Description = "The DuckDB warehouse file (created when missing).", DefaultValueFactory = _ => "warehouse.duckdb" };
        var output = new Option<string?>("--out") { Description = "Folder for the ranking workbooks (default: workbooks/ beside the database)." };
        var year = new Option<int?>("--year") { Description = "Only this data year's workbook." };

        var command = new Command("run", "Scan, extract new and changed files, load the warehouse, write the workbooks.");
        command.Options.Add(input);
        command.Options.Add(db);
        command.Options.Add(output);
        command.Options.Add(year);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var database = parseResult.GetValue(db)!;
            var options = new RunOptions(
                parseResult.GetValue(input)!,
                database,
                parseResult.GetValue(output) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database))!, "workbooks"),
                parseResult.GetValue(year));
            return RunAsync(options, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(RunOptions options, CancellationToken cancellationToken)
    {
        var run = DefaultNightlyRun.Create();
        try
        {
            var summary = Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive
                ? await run.ExecuteAsync(options, new LogLines(), cancellationToken)
                : await WithProgressBar(run, options, cancellationToken);
            Report(summary);
            return 0;
        }
        catch (WarehouseBusyException busy)
        {
            Console.Error.WriteLine($"warehouse run: refused: {busy.Message}");
            return 3;
        }
    }

    private static Task<RunSummary> WithProgressBar(INightlyRun run, RunOptions options, CancellationToken cancellationToken) =>
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var bar = context.AddTask("scan");
                var progress = new SynchronousProgress(update =>
                {
                    bar.Description = update.Stage;
                    bar.MaxValue = Math.Max(1, update.Total);
                    bar.Value = update.Done;
                });
                var summary = await run.ExecuteAsync(options, progress, cancellationToken);
                bar.Value = bar.MaxValue;
                return summary;
            });

    private static void Report(RunSummary summary)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"run {summary.RunId} {summary.Status}: {summary.Counts.FilesSeen} files seen, {summary.Counts.FilesNew} new, {summary.Counts.FilesChanged} changed, " +
            $"{summary.Counts.FilesUnchanged} unchanged, {summary.Counts.FilesSkipped} skipped, {summary.Counts.FilesRemoved} removed; {summary.Counts.FactsLoaded} facts loaded"));
        foreach (var error in summary.Errors)
        {
            Console.WriteLine($"  skipped/error: {error}");
        }

        foreach (var workbook in summary.Workbooks)
        {
            Console.WriteLine($"  workbook: {workbook}");
        }
    }

    /// <summary>Redirected output: one line per stage change and per 100 files, no control codes.</summary>
    private sealed class LogLines : IProgress<RunProgress>
    {
        private readonly Lock _gate = new();
        private string? _stage;

        public void Report(RunProgress value)
        {
            lock (_gate)
            {
                if (value.Stage != _stage || value.Done % 100 == 0 || value.Done == value.Total)
                {
                    _stage = value.Stage;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{DateTime.UtcNow:HH:mm:ss} {value.Stage} {value.Done}/{value.Total} {value.CurrentPath}"));
                }
            }
        }
    }

    /// <summary>Calls back on the reporting thread (Progress&lt;T&gt; would post and reorder).</summary>
    private sealed class SynchronousProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
