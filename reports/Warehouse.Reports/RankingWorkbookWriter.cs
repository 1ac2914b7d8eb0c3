using System.Data.Common;
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
    public static IReadOnlyList<string> WriteAll(DbConnection warehouse, string outputFolder, int? year = null, Action<string>? reportError = null)
    {
        var years = year is int only ? [only] : RankingDataReader.Years(warehouse);
        var paths = new List<string>();
        var errors = new List<Exception>();
        foreach (var dataYear in years)
        {
            try
            {
                paths.Add(Write(warehouse, outputFolder, dataYear));
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
        }

        return errors.Count == 0 ? paths : throw new AggregateException("Some ranking workbooks were not written.", errors);
    }

    public static string Write(DbConnection warehouse, string outputFolder, int year) =>
        Write(RankingDataReader.Read(warehouse, year), outputFolder);

    public static string Write(RankingData data, string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        var path = Path.Combine(outputFolder, $"rankings-{data.Year}.xlsx");
        var temporary = Path.Combine(outputFolder, $".rankings-{data.Year}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var workbook = ExcelWorkbook.Create(temporary))
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
