namespace Warehouse.Testing;

/// <summary>
/// Where the repository and the shared corpus are, found from the test binaries' folder.
/// Tests that need ../shared fail (they never skip) when it is missing, so a CI run without it
/// cannot pass by accident.
/// </summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => RequireDirectory(Path.GetFullPath(Path.Combine(Root, "..", "shared")));

    public static string Seeds => RequireDirectory(Path.Combine(Shared, "corpus", "seeds"));

    public static string Gold => RequireDirectory(Path.Combine(Shared, "corpus", "gold"));

    public static string Samples => RequireDirectory(Path.Combine(Root, "samples"));

    public static string Sql => RequireDirectory(Path.Combine(Root, "sql"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Warehouse.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Warehouse.sln above {AppContext.BaseDirectory}.");
    }

    private static string RequireDirectory(string path) =>
        Directory.Exists(path)
            ? path
            : throw new DirectoryNotFoundException($"Expected folder {path} is missing; the tests need it (see README).");
}
