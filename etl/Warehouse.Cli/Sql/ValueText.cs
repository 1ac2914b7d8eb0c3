using System.Collections;
using System.Globalization;

namespace Warehouse.Cli.Sql;

/// <summary>
/// How one result value is shown as text: dates as ISO dates, numbers in invariant culture,
/// lists as [a, b] and structs and maps as {key: value}.
/// </summary>
internal static class ValueText
{
    public static string? Format(object? value) => value switch
    {
        null or DBNull => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString(d.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString(d.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd HH:mm:sszzz" : "yyyy-MM-dd HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture),
        double v => v.ToString("R", CultureInfo.InvariantCulture),
        float v => v.ToString("R", CultureInfo.InvariantCulture),
        bool v => v ? "true" : "false",
        byte[] v => "\\x" + Convert.ToHexString(v),
        string v => v,
        IDictionary map => "{" + string.Join(", ", map.Keys.Cast<object>().Select(key => $"{Format(key)}: {Format(map[key]) ?? "NULL"}")) + "}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(item => Format(item) ?? "NULL")) + "]",
        IFormattable v => v.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
