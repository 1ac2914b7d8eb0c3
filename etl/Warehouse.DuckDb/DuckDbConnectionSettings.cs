using System.Data.Common;

namespace Warehouse.DuckDb;

/// <summary>
/// A parsed connection string such as
/// <c>Data Source=warehouse.duckdb;Access Mode=ReadOnly;Threads=2;Memory Limit=1GB</c>.
/// Every key except Data Source is a DuckDB configuration option: spaces become underscores and
/// the name is lower-cased (Memory Limit → memory_limit), so any option DuckDB knows works.
/// An empty Data Source or <c>:memory:</c> is a private in-memory database.
/// </summary>
public sealed record DuckDbConnectionSettings(string DataSource, IReadOnlyDictionary<string, string> Options)
{
    public const string InMemory = ":memory:";

    public bool IsInMemory => DataSource == InMemory;

    public static DuckDbConnectionSettings Parse(string? connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString ?? "" };
        var dataSource = InMemory;
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string key in builder.Keys)
        {
            var value = Convert.ToString(builder[key], System.Globalization.CultureInfo.InvariantCulture) ?? "";
            var option = key.Trim().Replace(' ', '_').ToLowerInvariant();
            if (option is "data_source" or "datasource")
            {
                dataSource = string.IsNullOrWhiteSpace(value) ? InMemory : value.Trim();
            }
            else
            {
                options[option] = option == "access_mode" ? NormalizeAccessMode(value) : value;
            }
        }

        return new DuckDbConnectionSettings(dataSource, options);
    }

    /// <summary>Accepts ReadOnly, read_only, READ-ONLY… and gives DuckDB's spelling.</summary>
    private static string NormalizeAccessMode(string value) =>
        value.Replace("_", "").Replace("-", "").Replace(" ", "").ToUpperInvariant() switch
        {
            "READONLY" => "READ_ONLY",
            "READWRITE" => "READ_WRITE",
            "AUTOMATIC" or "" => "AUTOMATIC",
            _ => throw new ArgumentException($"Access Mode '{value}' is not one of ReadOnly, ReadWrite, Automatic."),
        };
}
