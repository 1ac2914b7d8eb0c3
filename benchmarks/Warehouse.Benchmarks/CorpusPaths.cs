namespace Warehouse.Benchmarks;

/// <summary>The repository's corpus copy (tests/corpus), found from the benchmark binaries' folder.</summary>
internal static class CorpusPaths
{
    public static string Seeds => Path.Combine(Corpus, "seeds");

    public static string Corpus
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Warehouse.sln")))
                {
                    return Path.Combine(dir.FullName, "tests", "corpus");
                }
            }

            throw new DirectoryNotFoundException("No Warehouse.sln above the benchmark binaries; the corpus is in tests/corpus.");
        }
    }
}
