using Warehouse.Loading;
using Warehouse.Sources;

namespace Warehouse.Pipeline;

/// <summary>
/// Lists the report files under the input folders with their size and modification time,
/// reading nothing. Only the types intake reads count (.txt, .html, .htm, .docx: a README or an
/// image beside the reports is not a bad report); hidden files and folders (name starting with
/// '.') are left out: editors' swap files and VCS folders are not reports.
/// </summary>
public sealed class InputScanner
{
    /// <summary>The files found, and one error per input folder that does not exist.</summary>
    public (IReadOnlyList<ScannedFile> Files, IReadOnlyList<string> Errors) Scan(IEnumerable<string> folders)
    {
        var files = new Dictionary<string, ScannedFile>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var folder in folders)
        {
            var root = new DirectoryInfo(Path.GetFullPath(folder));
            if (!root.Exists)
            {
                errors.Add($"input folder {root.FullName} does not exist");
                continue;
            }

            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };
            foreach (var file in root.EnumerateFiles("*", options))
            {
                if (!IsHidden(root, file) && SourceScanner.KindOf(file.FullName) is not null)
                {
                    files[file.FullName] = new ScannedFile(file.FullName, file.Length, file.LastWriteTimeUtc);
                }
            }
        }

        return (files.Values.OrderBy(file => file.Path, StringComparer.Ordinal).ToList(), errors);
    }

    private static bool IsHidden(DirectoryInfo root, FileInfo file) =>
        Path.GetRelativePath(root.FullName, file.FullName)
            .Split(Path.DirectorySeparatorChar)
            .Any(part => part.StartsWith('.'));
}
