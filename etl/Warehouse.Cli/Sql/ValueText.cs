using System.Globalization;

namespace Warehouse.Cli.Sql;

/// <summary>How one result value is shown as text: dates as dates, numbers in invariant culture.</summary>
internal static class ValueText
{
    public static string? Format(object? value, string duckDbType) => value switch
    {
        null or DBNull => null,
        DateTime d when duckDbType == "DATE" => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString(d.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        double v => v.ToString("R", CultureInfo.InvariantCulture),
        float v => v.ToString("R", CultureInfo.InvariantCulture),
        bool v => v ? "true" : "false",
        byte[] v => "\\x" + Convert.ToHexString(v),
        IFormattable v => v.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
