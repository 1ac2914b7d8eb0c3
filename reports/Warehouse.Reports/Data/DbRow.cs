using System.Globalization;
using System.Numerics;

namespace Warehouse.Reports.Data;

/// <summary>
/// One row of a reporting query, read by column name. Values are converted rather than cast,
/// so that INTEGER vs BIGINT vs HUGEINT or DECIMAL vs DOUBLE in a view never breaks the workbook.
/// </summary>
public readonly struct DbRow(string query, IDictionary<string, object> values)
{
    public string Text(string column) =>
        TextOrNull(column) ?? throw new InvalidDataException($"sql/reporting/{query}.sql returned no value in column {column}.");

    public string? TextOrNull(string column) =>
        Value(column) is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    public double? Number(string column) =>
        Value(column) is { } value ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : null;

    public long? Integer(string column) =>
        Value(column) is { } value ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : null;

    public bool? Flag(string column) =>
        Value(column) is { } value ? Convert.ToBoolean(value, CultureInfo.InvariantCulture) : null;

    public DateTime? Moment(string column) => Value(column) switch
    {
        null => null,
        DateTime moment => moment,
        DateTimeOffset offset => offset.UtcDateTime,
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        var other => DateTime.Parse(Convert.ToString(other, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };

    private object? Value(string column)
    {
        if (!values.TryGetValue(column, out var value))
        {
            throw new InvalidDataException($"sql/reporting/{query}.sql returned no column {column}.");
        }

        return value switch
        {
            DBNull => null,
            // DuckDB's HUGEINT (what sum() of integers gives) arrives as a BigInteger, which Convert cannot take.
            BigInteger big => (decimal)big,
            _ => value,
        };
    }
}
