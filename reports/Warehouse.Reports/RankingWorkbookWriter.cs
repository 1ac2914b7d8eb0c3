using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime;
using Dapper;
using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;
using Warehouse.Sql;

namespace Warehouse.Reports;

/// <summary>
/// The reporting step's entry point: one workbook rankings-&lt;year&gt;.xlsx per data year.
/// A workbook is written to a temporary file and moved into place, so a failure never leaves
/// half a workbook where the last good one was.
/// </summary>
public static class RankingWorkbookWriter
{
    /// <summary>The names of the temporary files workbooks are written to before they are moved into place.</summary>
    public const string TemporaryPattern = ".rankings-*.tmp";

    /// <summary>
    /// Workbooks written side by side: two keep both cores of a small server busy; each holds one
    /// year's records and its shared strings in memory, so more would raise the run's peak with little gain.
    /// </summary>
    private const int WorkbooksAtOnce = 2;

    /// <summary>
    /// Writes the workbook of <paramref name="year"/>, or of every data year when it is null.
    /// A year that fails does not stop the others: its error goes to <paramref name="reportError"/>,
    /// or, when that is null, all errors are thrown together after the other years are written.
    /// <paramref name="progress"/> hears of each workbook as it is done: how many are done, of how many, and its path.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(DbConnection warehouse, string outputFolder, int? year = null, Action<string>? reportError = null, IProgress<WorkbookProgress>? progress = null) =>
        Write(warehouse, outputFolder, year, onlyChanged: false, reportError, progress);

    /// <summary>
    /// As <see cref="WriteAll"/>, but leaves alone each workbook whose stamp says it was made
    /// from what the warehouse holds now for its year (<see cref="WorkbookStamps"/>); returns the
    /// workbooks it wrote.
    /// </summary>
    public static IReadOnlyList<string> WriteChanged(DbConnection warehouse, string outputFolder, int? year = null, Action<string>? reportError = null, IProgress<WorkbookProgress>? progress = null) =>
        Write(warehouse, outputFolder, year, onlyChanged: true, reportError, progress);

    private static IReadOnlyList<string> Write(DbConnection warehouse, string outputFolder, int? year, bool onlyChanged, Action<string>? reportError, IProgress<WorkbookProgress>? progress)
    {
        var stamps = WorkbookStamps.Current(warehouse);
        var years = year is int only ? [only] : stamps.Keys.Order().ToList();
        var due = years
            .Select(dataYear => (Year: dataYear, Stamp: stamps.GetValueOrDefault(dataYear) ?? WorkbookStamps.Empty(dataYear)))
            .Where(workbook => !onlyChanged || WorkbookStamps.Read(PathOf(outputFolder, workbook.Year)) != workbook.Stamp)
            .ToList();

        // Workbooks are read and written side by side, each worker on a connection of its own
        // (ReadingConnection), DuckDB on one thread and its allocator quicker to let go meanwhile
        // (sql/reporting/settings/side_by_side.sql); one workbook at a time left a core idle for
        // most of the report stage. A single workbook keeps DuckDB's threads.
        if (due.Count <= 1)
        {
            return WriteSideBySide(warehouse, outputFolder, due, reportError, progress);
        }

        warehouse.Execute(SqlFiles.Get("reporting/settings/side_by_side"));
        try
        {
            return WriteSideBySide(warehouse, outputFolder, due, reportError, progress);
        }
        finally
        {
            warehouse.Execute(SqlFiles.Get("reporting/settings/reset_side_by_side"));
        }
    }

    private static IReadOnlyList<string> WriteSideBySide(DbConnection warehouse, string outputFolder, List<(int Year, string Stamp)> due,
        Action<string>? reportError, IProgress<WorkbookProgress>? progress)
    {
        var written = new ConcurrentDictionary<int, string>();
        var errors = new ConcurrentQueue<Exception>();

        // Errors and progress are told one at a time, so that "n of N" lines come out in order.
        var telling = new Lock();
        var done = 0;
        Parallel.ForEach(
            Partitioner.Create(due, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = WorkbooksAtOnce },
            () => ReadingConnection.Open(warehouse),
            (workbook, _, reading) =>
            {
                try
                {
                    var data = reading.Read(connection => RankingDataReader.Read(connection, workbook.Year));
                    written[workbook.Year] = Write(data, outputFolder, workbook.Stamp);
                }
                catch (Exception error) when (error is DbException or InvalidDataException or IOException or ArgumentException or InvalidOperationException or UnauthorizedAccessException)
                {
                    var failure = new InvalidOperationException($"The workbook for {workbook.Year} was not written: {error.Message}", error);
                    if (reportError is null)
                    {
                        errors.Enqueue(failure);
                    }
                    else
                    {
                        lock (telling)
                        {
                            reportError(failure.Message);
                        }
                    }
                }
                finally
                {
                    ReleaseWorkbookMemory();
                    lock (telling)
                    {
                        progress?.Report(new WorkbookProgress(++done, due.Count, PathOf(outputFolder, workbook.Year)));
                    }
                }

                return reading;
            },
            reading => reading.Dispose());

        return errors.IsEmpty
            ? written.OrderBy(pair => pair.Key).Select(pair => pair.Value).ToList()
            : throw new AggregateException("Some ranking workbooks were not written.", errors);
    }

    /// <summary>
    /// A workbook leaves a hundred megabytes and more of garbage (a year's records, the rows made
    /// from them, its string table, large arrays among them). Collected with the large object heap
    /// compacted, a run that writes twenty workbooks holds no more memory than one that writes two;
    /// otherwise the heap grew with each workbook (measured: 750 MiB after the first, 1.1 GiB after
    /// the sixth).
    /// </summary>
    private static void ReleaseWorkbookMemory()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect();
    }

    public static string PathOf(string outputFolder, int year) => Path.Combine(outputFolder, $"rankings-{year}.xlsx");

    /// <param name="stamp">What the workbook is made from (<see cref="WorkbookStamps"/>); null for none.</param>
    public static string Write(RankingData data, string outputFolder, string? stamp = null)
    {
        Directory.CreateDirectory(outputFolder);
        var path = PathOf(outputFolder, data.Year);
        var temporary = Path.Combine(outputFolder, $".rankings-{data.Year}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var workbook = ExcelWorkbook.Create(temporary, stamp))
            {
                foreach (var sheet in RankingWorkbook.Sheets(data))
                {
                    workbook.Add(sheet);
                }

                workbook.Save();
            }

            File.Move(temporary, path, overwrite: true);
            return path;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
