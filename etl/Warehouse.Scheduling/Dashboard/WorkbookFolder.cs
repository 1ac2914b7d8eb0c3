namespace Warehouse.Scheduling.Dashboard;

/// <summary>
/// The workbooks in the output folder, newest first, and the one safe way to open one by name:
/// only a plain file name of an .xlsx directly in that folder, never a path, and never a
/// symbolic link (which could point anywhere, /etc/passwd included).
/// </summary>
public sealed class WorkbookFolder(string folder)
{
    public IReadOnlyList<FileInfo> Latest(int limit)
    {
        var directory = new DirectoryInfo(folder);
        return directory.Exists
            ? [.. directory.EnumerateFiles("*.xlsx").Where(IsPlainFile).OrderByDescending(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal).Take(limit)]
            : [];
    }

    public FileInfo? Find(string name)
    {
        if (name != Path.GetFileName(name) || !name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || name.StartsWith('.'))
        {
            return null;
        }

        var file = new FileInfo(Path.Combine(folder, name));
        return file.Exists && IsPlainFile(file) ? file : null;
    }

    private static bool IsPlainFile(FileInfo file) => file.LinkTarget is null;
}
