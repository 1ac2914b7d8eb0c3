namespace Warehouse.Sql;

/// <summary>
/// The one way C# reads SQL: statements are looked up by their path under sql/
/// ("loading/insert_run", "reporting/years"), so no C# file holds SQL text of its own.
/// </summary>
public static class SqlFiles
{
    private const string Prefix = "sql/";
    private const string Extension = ".sql";

    /// <summary>The text of sql/{name}.sql, e.g. Get("loading/insert_run").</summary>
    public static string Get(string name)
    {
        using var stream = typeof(SqlFiles).Assembly.GetManifestResourceStream($"{Prefix}{name}{Extension}")
            ?? throw new InvalidOperationException($"sql/{name}.sql is not embedded in {typeof(SqlFiles).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The statements of one folder under sql/ ("schema", "views"), in file-name order, as names for <see cref="Get"/>.</summary>
    public static IReadOnlyList<string> In(string folder) =>
        typeof(SqlFiles).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith($"{Prefix}{folder}/", StringComparison.Ordinal) && name.EndsWith(Extension, StringComparison.Ordinal))
            .Select(name => name[Prefix.Length..^Extension.Length])
            .Order(StringComparer.Ordinal)
            .ToList();
}
