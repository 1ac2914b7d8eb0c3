namespace Warehouse.Testing;

/// <summary>
/// Where the repository and its corpus copy (tests/corpus, refreshed from ../shared/corpus by
/// tools/corpus/refresh-corpus.sh) are, found from the test binaries' folder. A missing folder
/// fails the test (never skips it), so a run cannot pass by accident.
/// </summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => RequireDirectory(Path.Combine(Root, "tests", "corpus"));

    public static string Seeds => RequireDirectory(Path.Combine(Corpus, "seeds"));

    public static string Gold => RequireDirectory(Path.Combine(Corpus, "gold"));

    public static string DevDocs => RequireDirectory(Path.Combine(Corpus, "dev", "docs"));

    public static string DevGold => RequireDirectory(Path.Combine(Corpus, "dev", "gold"));

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
