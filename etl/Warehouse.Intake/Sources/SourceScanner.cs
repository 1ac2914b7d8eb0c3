using System.Security.Cryptography;

namespace Warehouse.Sources;

/// <summary>
/// Finds the input files under the given paths (folders walked by <see cref="InputFolders"/>, in a
/// stable order), reads, hashes and decodes them. Every problem becomes a <see cref="SkippedFile"/> with its reason;
/// nothing a file contains stops the scan.
/// </summary>
public sealed class SourceScanner(SourceScanOptions options)
{
    public SourceScanner()
        : this(new SourceScanOptions())
    {
    }

    public IEnumerable<ScanResult> Scan(IEnumerable<string> paths)
    {
        var given = paths.ToList();
        var folders = new Dictionary<string, FolderContents>(StringComparer.Ordinal);
        foreach (var walked in InputFolders.Walk(given.Where(Directory.Exists)))
        {
            folders.TryAdd(walked.Folder, walked);
        }

        foreach (var path in given)
        {
            if (folders.Remove(Path.GetFullPath(path), out var folder))
            {
                foreach (var file in folder.Files.OrderBy(file => file.Path, StringComparer.Ordinal))
                {
                    yield return Read(file.Path);
                }

                foreach (var result in folder.Skipped.Concat(folder.Errors.Select(error => new SkippedFile(path, error))))
                {
                    yield return result;
                }
            }
            else if (Directory.Exists(path))
            {
                continue; // given twice
            }
            else if (File.Exists(path))
            {
                yield return Read(path);
            }
            else
            {
                yield return new SkippedFile(path, "no such file or folder");
            }
        }
    }

    /// <summary>Reads one file; never throws for anything about the file itself.</summary>
    public ScanResult Read(string path)
    {
        var kind = KindOf(path);
        if (kind is null)
        {
            return new SkippedFile(path, $"unsupported file type '{Path.GetExtension(path)}' (want .txt, .html, .htm, .docx)");
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.MaxBytes)
            {
                return new SkippedFile(path, $"too large: {length:N0} bytes, limit {options.MaxBytes:N0}");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SkippedFile(path, $"unreadable: {e.Message}");
        }

        if (bytes.Length == 0)
        {
            return new SkippedFile(path, "empty file");
        }

        var decoded = kind == SourceKind.Docx ? DocxText.Read(bytes, options.MaxBytes) : TextDecoder.Decode(bytes);
        return decoded.Text is { } text
            ? new SourceFile(path, Convert.ToHexStringLower(SHA256.HashData(bytes)), kind.Value, decoded.Encoding!, text)
            : new SkippedFile(path, decoded.Failure ?? "unreadable");
    }

    public static SourceKind? KindOf(ReadOnlySpan<char> path)
    {
        var extension = Path.GetExtension(path);
        return Is(extension, ".txt") ? SourceKind.PlainText
            : Is(extension, ".html") || Is(extension, ".htm") ? SourceKind.Html
            : Is(extension, ".docx") ? SourceKind.Docx
            : null;

        static bool Is(ReadOnlySpan<char> extension, string wanted) => extension.Equals(wanted, StringComparison.OrdinalIgnoreCase);
    }
}
