using System.Reflection;

namespace Warehouse.Loading;

/// <summary>
/// The repository's sql/ folder as carried inside this assembly: statements are looked up by
/// their path under sql/ ("loading/insert_run"), so C# holds no SQL text of its own.
/// </summary>
public static class SqlFiles
{
    private const string Prefix = "sql/";

    /// <summary>The text of sql/{name}.sql, e.g. Get("loading/insert_run").</summary>
    public static string Get(string name)
    {
        using var stream = typeof(SqlFiles).Assembly.GetManifestResourceStream($"{Prefix}{name}.sql")
            ?? throw new InvalidOperationException($"sql/{name}.sql is not embedded in {typeof(SqlFiles).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The files of one folder under sql/ ("schema", "views"), in file-name order.</summary>
    public static IReadOnlyList<string> In(string folder) =>
        typeof(SqlFiles).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith($"{Prefix}{folder}/", StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => name[Prefix.Length..^".sql".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    internal static Assembly Assembly => typeof(SqlFiles).Assembly;
}
