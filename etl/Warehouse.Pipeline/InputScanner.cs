using Warehouse.Loading;
using Warehouse.Sources;

namespace Warehouse.Pipeline;

/// <summary>What a run found in its input folders, reading no file.</summary>
/// <param name="Files">The report files with their size and modification time: distinct paths (each real folder is walked once and links are never followed), in no particular order.</param>
/// <param name="Skipped">Entries left out with their reason (symbolic links, which are never followed).</param>
/// <param name="Problems">Input folders missing, empty or unreadable, in part or whole: what they hold is unknown.</param>
/// <param name="FoldersRead">Input folders read without a problem.</param>
public sealed record InputScan(IReadOnlyList<ScannedFile> Files, IReadOnlyList<SkippedFile> Skipped, IReadOnlyList<string> Problems, int FoldersRead)
{
    /// <summary>Every input folder was read in full, so a known file that was not seen is really gone.</summary>
    public bool Complete => Problems.Count == 0;
}

/// <summary>
/// Lists the report files under the input folders (<see cref="InputFolders"/>: each real folder
/// once, links never followed) with their size and modification time. A folder that exists but
/// holds no report file is a problem too: an unmounted share looks exactly like that, and a run
/// must never take it for the news that every report was deleted.
/// </summary>
public sealed class InputScanner
{
    public InputScan Scan(IEnumerable<string> folders)
    {
        var files = new List<ScannedFile>();
        var skipped = new List<SkippedFile>();
        var problems = new List<string>();
        var foldersRead = 0;
        foreach (var folder in InputFolders.Walk(folders))
        {
            files.AddRange(folder.Files);
            skipped.AddRange(folder.Skipped);
            problems.AddRange(folder.Errors);
            if (folder.Errors.Count == 0 && folder.Files.Count == 0)
            {
                problems.Add($"input folder {folder.Folder} holds no report files (.txt, .html, .htm, .docx); if it is a mounted share, is it mounted?");
            }

            foldersRead += folder.Errors.Count == 0 && folder.Files.Count > 0 ? 1 : 0;
        }

        return new InputScan(files, skipped, problems, foldersRead);
    }
}
