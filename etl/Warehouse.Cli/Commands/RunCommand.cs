using System.CommandLine;
using System.Globalization;
using DuckDB.NET.Data;
using Spectre.Console;
using Warehouse.Loading;
using Warehouse.Pipeline;

namespace Warehouse.Cli.Commands;

/// <summary>
/// `warehouse run --input DIR... [--db PATH] [--out DIR] [--year N] [--allow-removals]`: the
/// nightly job's body, once. A progress bar on a terminal; plain log lines when the output is
/// redirected (cron, CI). Exit 0 only when the run succeeded; 1 when it was partial or failed
/// (the reasons are printed and in etl_run.errors), 2 when the warehouse cannot be used, 3 when
/// another writer holds it.
/// </summary>
internal static class RunCommand
{
    /// <summary>Where `run` puts the warehouse, and where `sql` looks for it, unless told otherwise.</summary>
    public const string DefaultDatabase = "warehouse.duckdb";

    public static Command Create()
    {
        var input = new Option<string[]>("--input") { Description = "Folders to scan recursively for report files.", Required = true, AllowMultipleArgumentsPerToken = true };
        var db = new Option<string>("--db") { Description = "The DuckDB warehouse file (created when missing).", DefaultValueFactory = _ => DefaultDatabase };
        var output = new Option<string?>("--out") { Description = "Folder for the ranking workbooks (default: workbooks/ beside the database)." };
        var year = new Option<int?>("--year") { Description = "Only this data year's workbook." };
        var allowRemovals = new Option<bool>("--allow-removals")
        {
            Description = string.Create(CultureInfo.InvariantCulture,
                $"Mark removed however many files are gone from the input (without it a run that would remove more than {RunOptions.DefaultMaxRemovedShare:P0} of the warehouse's documents stops as failed)."),
        };

        var command = new Command("run", "Scan, extract new and changed files, load the warehouse, write the workbooks.");
        command.Options.Add(input);
        command.Options.Add(db);
        command.Options.Add(output);
        command.Options.Add(year);
        command.Options.Add(allowRemovals);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var database = parseResult.GetValue(db)!;
            var options = new RunOptions(
                parseResult.GetValue(input)!,
                database,
                parseResult.GetValue(output) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database))!, "workbooks"),
                parseResult.GetValue(year),
                parseResult.GetValue(allowRemovals) ? 1 : RunOptions.DefaultMaxRemovedShare);
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
            return summary.Status is RunStatus.Succeeded or RunStatus.NothingNew ? 0 : 1;
        }
        catch (WarehouseBusyException busy)
        {
            Console.Error.WriteLine($"warehouse run: refused: {busy.Message}");
            return 3;
        }
        catch (WarehouseFileException unusable)
        {
            Console.Error.WriteLine($"warehouse run: {unusable.Message}");
            return 2;
        }
        catch (DuckDBException failure)
        {
            Console.Error.WriteLine($"warehouse run: failed, nothing was published: {failure.Message.Split('\n')[0]}");
            return 1;
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
        var counts = summary.Counts;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"run {summary.RunId?.ToString(CultureInfo.InvariantCulture) ?? "(not logged)"} {summary.Status}: {counts.FilesSeen} files seen, {counts.FilesNew} new, {counts.FilesChanged} changed, " +
            $"{counts.FilesUnchanged} unchanged, {counts.FilesSkipped} skipped, {counts.FilesRemoved} removed; " +
            $"{counts.ReportsLoaded} reports and {counts.FactsLoaded} facts loaded"));
        foreach (var error in summary.Errors)
        {
            Console.WriteLine($"  - {error}");
        }

        foreach (var workbook in summary.Workbooks)
        {
            Console.WriteLine($"  workbook: {workbook}");
        }

        Console.WriteLine("  took " + string.Join(", ", summary.Stages.Select(stage =>
            string.Create(CultureInfo.InvariantCulture, $"{stage.Stage} {stage.Elapsed.TotalSeconds:0.00} s"))));
    }

    /// <summary>Redirected output, no control codes: one line per stage change and per 100 items (files, workbooks), or per item when a stage has no more than 100.</summary>
    private sealed class LogLines : IProgress<RunProgress>
    {
        private readonly Lock _gate = new();
        private string? _stage;

        public void Report(RunProgress value)
        {
            lock (_gate)
            {
                if (value.Stage != _stage || value.Total <= 100 || value.Done % 100 == 0 || value.Done == value.Total)
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
