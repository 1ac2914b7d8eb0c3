using System.Data.Common;
using System.Globalization;
using Warehouse.Reports;
using Warehouse.Reports.Data;

namespace Warehouse.Pipeline;

/// <summary>
/// The reporting step (Warehouse.Reports), for a run and for `warehouse report`. One writer per
/// output folder at a time (<c>.rankings.lock</c> in it), so the temporary files a writer killed
/// mid-workbook left behind can be cleared before writing; a year the warehouse holds no results
/// for is an error, not an empty workbook. A run writes only the workbooks whose content changed
/// (see <see cref="WorkbookStamps"/>): one that adds one year's late reports rewrites that year's
/// workbook, not twenty.
/// </summary>
/// <param name="rewriteUnchanged">Write every year's workbook, as `warehouse report` does when asked.</param>
public sealed class RankingWorkbooks(bool rewriteUnchanged = false) : IWorkbookWriter
{
    public const string LockName = ".rankings.lock";

    public IReadOnlyList<string> Write(DbConnection warehouse, string outputFolder, int? year, Action<string> reportError, IProgress<WorkbookProgress>? progress, CancellationToken cancellationToken)
    {
        if (File.Exists(outputFolder))
        {
            throw new IOException($"{Path.GetFullPath(outputFolder)} is a file, not a folder for workbooks");
        }

        if (year is { } only && RankingDataReader.Years(warehouse) is var years && !years.Contains(only))
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"no workbook for {only}: the warehouse holds no results for that year (it holds {(years.Count == 0 ? "none" : string.Join(", ", years))})"));
        }

        Directory.CreateDirectory(outputFolder);
        using var folderLock = LockFolder(outputFolder);
        foreach (var stale in Directory.EnumerateFiles(outputFolder, RankingWorkbookWriter.TemporaryPattern))
        {
            File.Delete(stale);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return rewriteUnchanged
            ? RankingWorkbookWriter.WriteAll(warehouse, outputFolder, year, reportError, progress)
            : RankingWorkbookWriter.WriteChanged(warehouse, outputFolder, year, reportError, progress);
    }

    private static FileStream LockFolder(string outputFolder)
    {
        var path = Path.Combine(outputFolder, LockName);
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception) when (exception is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new WorkbookFolderBusyException($"another run or `warehouse report` is writing workbooks into {Path.GetFullPath(outputFolder)} (it holds {path}); try again when it has finished.", exception);
        }
    }
}

/// <summary>Another process is writing workbooks into the same folder.</summary>
public sealed class WorkbookFolderBusyException(string message, Exception inner) : IOException(message, inner);
