namespace Warehouse.Sources;

/// <summary>What walking one input folder found.</summary>
/// <param name="Folder">The folder as given (full path); files are named under it.</param>
/// <param name="Files">The report files (.txt, .html, .htm, .docx), in ordinal order of their paths.</param>
/// <param name="Skipped">Symbolic links, which are never followed, each with the reason.</param>
/// <param name="Errors">The folder itself, or folders under it, that could not be read: what is under them is unknown.</param>
public sealed record FolderContents(string Folder, IReadOnlyList<FileInfo> Files, IReadOnlyList<SkippedFile> Skipped, IReadOnlyList<string> Errors);

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

        var files = new List<FileInfo>();
        var skipped = new List<SkippedFile>();
        var errors = new List<string>();
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. folder.EnumerateFileSystemInfos("*", OneLevel)];
            }
            catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
            {
                errors.Add($"cannot read folder {folder.FullName}: {exception.Message}");
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                if (entry.LinkTarget is not null)
                {
                    if (LinkReason(entry, realRoots) is { } reason)
                    {
                        skipped.Add(new SkippedFile(entry.FullName, reason));
                    }
                }
                else if (entry is DirectoryInfo subfolder)
                {
                    pending.Push(subfolder);
                }
                else if (entry is FileInfo file && SourceScanner.KindOf(file.Name) is not null)
                {
                    files.Add(file);
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.FullName, b.FullName));
        skipped.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new FolderContents(root, files, skipped, errors);
    }

    /// <summary>Why a link is not followed; null for a link to a file of another type (not a report either way).</summary>
    private static string? LinkReason(FileSystemInfo link, IReadOnlyList<string> realRoots)
    {
        var target = RealPaths.Of(link.FullName);
        var isFolder = Directory.Exists(target);
        if (!isFolder && SourceScanner.KindOf(link.Name) is null)
        {
            return null;
        }

        var what = isFolder ? "folder" : "file";
        return !isFolder && !File.Exists(target) ? $"symbolic link to {link.LinkTarget}, which does not exist"
            : realRoots.Any(root => RealPaths.IsUnder(target, root)) ? $"symbolic link to the {what} {target}, inside the input folders: not followed (what lies inside is read where it lies, once)"
            : $"symbolic link to the {what} {target}, outside the input folders: not followed";
    }
}
