namespace Warehouse.Sources;

/// <summary>Paths as the file system resolves them, every symbolic link along the way replaced by its target (realpath(3)).</summary>
public static class RealPaths
{
    /// <summary>The real path of <paramref name="path"/> (absolute or relative to the working folder); parts that do not exist are kept as written.</summary>
    public static string Of(string path) => Resolve(path, linksLeft: 40);

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies under it; both are real paths.</summary>
    public static bool IsUnder(string path, string folder) =>
        (path + Path.DirectorySeparatorChar).StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Resolve(string path, int linksLeft)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var resolved = Path.GetPathRoot(full)!;
        foreach (var part in full[resolved.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(resolved, part);
            resolved = new FileInfo(next).LinkTarget is { } target && linksLeft > 0
                ? Resolve(Path.Combine(resolved, target), linksLeft - 1)
                : next;
        }

        return resolved;
    }
}
