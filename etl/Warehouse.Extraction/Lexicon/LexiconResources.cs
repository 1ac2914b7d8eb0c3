namespace Warehouse.Extraction.Lexicon;

/// <summary>The data files of Lexicon/ (embedded resources): indicators, paired wordings, linking words.</summary>
internal static class LexiconResources
{
    public static string Read(string name)
    {
        var assembly = typeof(LexiconResources).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Warehouse.Extraction.Lexicon.{name}")
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The entries of a one-entry-per-line file, without comments and blank lines.</summary>
    public static IEnumerable<string> Lines(string name) =>
        Read(name).Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'));
}
