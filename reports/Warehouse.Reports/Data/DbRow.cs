using System.Data;
using System.Globalization;
using System.Numerics;

namespace Warehouse.Reports.Data;

/// <summary>
/// The current row of a reporting query's reader, read by column name. Values are converted
/// rather than cast, so that INTEGER vs BIGINT vs HUGEINT or DECIMAL vs DOUBLE in a view never
/// breaks the workbook. Valid only until the reader moves on: map it at once, never keep it.
/// </summary>
/// <param name="columns">The reader's column ordinals by name, looked up once per query.</param>
public readonly struct DbRow(string query, IDataRecord reader, IReadOnlyDictionary<string, int> columns)
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
        if (!columns.TryGetValue(column, out var ordinal))
        {
            throw new InvalidDataException($"sql/reporting/{query}.sql returned no column {column}.");
        }

        return reader.GetValue(ordinal) switch
        {
            DBNull => null,
            // DuckDB's HUGEINT (what sum() of integers gives) arrives as a BigInteger, which Convert cannot take.
            BigInteger big => (decimal)big,
            var value => value,
        };
    }
}
