using System.Data.Common;
using System.Runtime;
using Warehouse.Reports.Data;
using Warehouse.Reports.Excel;

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
    /// Writes the workbook of <paramref name="year"/>, or of every data year when it is null.
    /// A year that fails does not stop the others: its error goes to <paramref name="reportError"/>,
    /// or, when that is null, all errors are thrown together after the other years are written.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(DbConnection warehouse, string outputFolder, int? year = null, Action<string>? reportError = null) =>
        Write(warehouse, outputFolder, year, onlyChanged: false, reportError);

    /// <summary>
    /// As <see cref="WriteAll"/>, but leaves alone each workbook whose stamp says it was made
    /// from what the warehouse holds now for its year (<see cref="WorkbookStamps"/>); returns the
    /// workbooks it wrote.
    /// </summary>
    public static IReadOnlyList<string> WriteChanged(DbConnection warehouse, string outputFolder, int? year = null, Action<string>? reportError = null) =>
        Write(warehouse, outputFolder, year, onlyChanged: true, reportError);

    private static IReadOnlyList<string> Write(DbConnection warehouse, string outputFolder, int? year, bool onlyChanged, Action<string>? reportError)
    {
        var stamps = WorkbookStamps.Current(warehouse);
        var years = year is int only ? [only] : stamps.Keys.Order().ToList();
        var paths = new List<string>();
        var errors = new List<Exception>();
        foreach (var dataYear in years)
        {
            var stamp = stamps.GetValueOrDefault(dataYear) ?? WorkbookStamps.Empty(dataYear);
            if (onlyChanged && WorkbookStamps.Read(PathOf(outputFolder, dataYear)) == stamp)
            {
                continue;
            }

            try
            {
                paths.Add(Write(RankingDataReader.Read(warehouse, dataYear), outputFolder, stamp));
            }
            catch (Exception error) when (error is DbException or InvalidDataException or IOException or ArgumentException or InvalidOperationException or UnauthorizedAccessException)
            {
                var failure = new InvalidOperationException($"The workbook for {dataYear} was not written: {error.Message}", error);
                if (reportError is null)
                {
                    errors.Add(failure);
                }
                else
                {
                    reportError(failure.Message);
                }
            }
            finally
            {
                ReleaseWorkbookMemory();
            }
        }

        return errors.Count == 0 ? paths : throw new AggregateException("Some ranking workbooks were not written.", errors);
    }

    /// <summary>
    /// A workbook leaves a few hundred megabytes of garbage, much of it large buffers (the zip
    /// entry of the facts sheet, which the package holds uncompressed until it is closed). Collected
    /// with the large object heap compacted, a run that writes twenty workbooks holds no more memory
    /// than one that writes two; otherwise the heap grows with each workbook (measured: 750 MiB
    /// after the first, 1.1 GiB after the sixth).
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
