using System.IO.Enumeration;

namespace Warehouse.Sources;

/// <summary>What walking one input folder found.</summary>
/// <param name="Folder">The folder as given (full path); files are named under it.</param>
/// <param name="Files">The report files (.txt, .html, .htm, .docx), in the order the file system lists them.</param>
/// <param name="Skipped">Symbolic links, which are never followed, each with the reason.</param>
/// <param name="Errors">The folder itself, or folders under it, that could not be read: what is under them is unknown.</param>
public sealed record FolderContents(string Folder, IReadOnlyList<ScannedFile> Files, IReadOnlyList<SkippedFile> Skipped, IReadOnlyList<string> Errors);

/// <summary>
/// Walks input folders for report files. Symbolic links are never followed, so each real file is
/// found once: a link inside the input folders points at something that is scanned under its
/// own path anyway, and one leading out would read what nobody asked for (a loop `dir/up -> ..`
/// once made a run read 1,025 files instead of 25). Every link of a report's type or to a folder
/// is reported with its reason. A folder that cannot be read is an error, never an empty folder.
/// Hidden files and folders (name starting with '.') are left out: editors' swap files and VCS
/// folders are not reports.
/// </summary>
public static class InputFolders
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>One entry per folder, in the order given; a folder given twice, or inside another one given, is walked with that one only.</summary>
    public static IReadOnlyList<FolderContents> Walk(IEnumerable<string> folders)
    {
        var roots = folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal)
            .Select(root => (Root: root, Real: Directory.Exists(root) ? RealPaths.Of(root) : null))
            .ToList();
        var realRoots = roots.Select(root => root.Real).OfType<string>().ToList();
        return roots
            .Where((_, index) => !WalkedWithAnother(index, roots))
            .Select(root => WalkOne(root.Root, root.Real, realRoots))
            .ToList();
    }

    private static bool WalkedWithAnother(int index, IReadOnlyList<(string Root, string? Real)> roots) =>
        roots[index].Real is { } real && roots.Where((other, otherIndex) => otherIndex != index && other.Real is { } otherReal
            && (otherReal == real ? otherIndex < index : RealPaths.IsUnder(real, otherReal))).Any();

    private static FolderContents WalkOne(string root, string? realRoot, IReadOnlyList<string> realRoots)
    {
        if (realRoot is null)
        {
            return new FolderContents(root, [], [], [File.Exists(root) ? $"input folder {root} is a file, not a folder" : $"input folder {root} does not exist"]);
        }

        var files = new List<ScannedFile>();
        var skipped = new List<SkippedFile>();
        var errors = new List<string>();

        // One level of folders at a time, the folders of a level listed in parallel: the scan is
        // one lstat per report file, and at national scale (66,500 files) that is worth both cores.
        var level = new List<string> { root };
        while (level.Count > 0)
        {
            var listed = level.AsParallel().AsOrdered().Select(List).ToList();
            level = [];
            foreach (var (folder, entries, error) in listed)
            {
                if (error is not null)
                {
                    errors.Add($"cannot read folder {folder}: {error}");
                }

                foreach (var entry in entries)
                {
                    switch (entry.Kind)
                    {
                        case EntryKind.Link when LinkReason(entry.Path, realRoots) is { } reason:
                            skipped.Add(new SkippedFile(entry.Path, reason));
                            break;
                        case EntryKind.Folder:
                            level.Add(entry.Path);
                            break;
                        case EntryKind.Report:
                            files.Add(new ScannedFile(entry.Path, entry.SizeBytes, entry.ModifiedAtUtc));
                            break;
                    }
                }
            }
        }

        skipped.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new FolderContents(root, files, skipped, errors);
    }

    private static (string Folder, IReadOnlyList<Entry> Entries, string? Error) List(string folder)
    {
        try
        {
            return (folder, [.. Entries(folder)], null);
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            return (folder, [], exception.Message);
        }
    }

    /// <summary>
    /// The folder's subfolders, links and report files, not hidden ones. Size and time stamp come
    /// from the one lstat the enumeration makes per entry, and only report files and folders get
    /// one: at national scale (66,500 files) the scan is those calls and nothing else.
    /// </summary>
    private static FileSystemEnumerable<Entry> Entries(string folder) =>
        new(folder, (ref entry) =>
            entry.Attributes.HasFlag(FileAttributes.ReparsePoint) ? new Entry(EntryKind.Link, entry.ToFullPath())
            : entry.IsDirectory ? new Entry(EntryKind.Folder, entry.ToFullPath())
            : new Entry(EntryKind.Report, entry.ToFullPath(), entry.Length, entry.LastWriteTimeUtc.UtcDateTime), OneLevel)
        {
            ShouldIncludePredicate = (ref entry) => !entry.FileName.StartsWith('.') && (entry.IsDirectory || SourceScanner.KindOf(entry.FileName) is not null),
        };

    private enum EntryKind
    {
        Report,
        Folder,
        Link,
    }

    private readonly record struct Entry(EntryKind Kind, string Path, long SizeBytes = 0, DateTime ModifiedAtUtc = default);

    /// <summary>Why a link is not followed; null for a link to a file of another type (not a report either way).</summary>
    private static string? LinkReason(string link, IReadOnlyList<string> realRoots)
    {
        var target = RealPaths.Of(link);
        var isFolder = Directory.Exists(target);
        if (!isFolder && SourceScanner.KindOf(link) is null)
        {
            return null;
        }

        var what = isFolder ? "folder" : "file";
        return !isFolder && !File.Exists(target) ? $"symbolic link to {new FileInfo(link).LinkTarget}, which does not exist"
            : realRoots.Any(root => RealPaths.IsUnder(target, root)) ? $"symbolic link to the {what} {target}, inside the input folders: not followed (what lies inside is read where it lies, once)"
            : $"symbolic link to the {what} {target}, outside the input folders: not followed";
    }
}
