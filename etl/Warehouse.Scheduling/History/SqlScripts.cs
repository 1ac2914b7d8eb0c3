namespace Warehouse.Scheduling.History;

/// <summary>
/// The .sql files under Sql/, embedded in the assembly so that the binary carries them and an
/// operator can still run them by hand.
/// </summary>
internal static class SqlScripts
{
    public static string Read(string fileName)
    {
        var assembly = typeof(SqlScripts).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Splits a file of "-- name: x" sections into statements by name.</summary>
    public static IReadOnlyDictionary<string, string> Named(string fileName)
    {
        var statements = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        var body = new List<string>();
        foreach (var line in Read(fileName).Split('\n'))
        {
            if (line.StartsWith("-- name:", StringComparison.Ordinal))
            {
                Flush();
                name = line["-- name:".Length..].Trim();
            }
            else if (name is not null)
            {
                body.Add(line);
            }
        }

        Flush();
        return statements;

        void Flush()
        {
            if (name is not null)
            {
                statements[name] = string.Join('\n', body).Trim();
            }

            body.Clear();
        }
    }
}
