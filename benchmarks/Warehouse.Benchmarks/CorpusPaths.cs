namespace Warehouse.Benchmarks;

/// <summary>The repository and its corpus copy (tests/corpus), found from the benchmark binaries' folder.</summary>
internal static class CorpusPaths
{
    public static string Seeds => Path.Combine(Corpus, "seeds");

    public static string Corpus => Path.Combine(Repository, "tests", "corpus");

    /// <summary>The repository's root: the folder with Warehouse.sln above the benchmark binaries.</summary>
    public static string Repository
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Warehouse.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("No Warehouse.sln above the benchmark binaries; the corpus is in tests/corpus.");
        }
    }
}
