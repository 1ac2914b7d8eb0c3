using System.Data;
using System.Globalization;
using System.Numerics;

namespace Warehouse.Reports.Data;

/// <summary>
/// The current row of a reporting query's reader, read by column name. Values are converted
/// rather than cast, so that INTEGER vs BIGINT vs HUGEINT or DECIMAL vs DOUBLE in a view never
/// breaks the workbook. Valid only until the reader moves on: map it at once, never keep it.
/// </summary>
/// <param name="columns">The reader's columns by name, looked up once per query.</param>
/// <param name="texts">The texts the query returned so far, each repeated one kept once.</param>
public readonly struct DbRow(string query, IDataRecord reader, IReadOnlyDictionary<string, DbColumn> columns, QueryTexts texts)
{
    /// <summary>The columns of <paramref name="reader"/>'s result by name: where each is and what type it has.</summary>
    public static Dictionary<string, DbColumn> Columns(IDataRecord reader) =>
        Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => new DbColumn(i, reader.GetFieldType(i)), StringComparer.Ordinal);

    public string Text(string column) =>
        TextOrNull(column) ?? throw new InvalidDataException($"sql/reporting/{query}.sql returned no value in column {column}.");

    // The typed getters read a value of the column's own type without boxing it; a year's facts
    // are 1.5 million values, so the common case takes them and only the others are converted.
    public string? TextOrNull(string column) => Column(column) switch
    {
        var c when reader.IsDBNull(c.Ordinal) => null,
        var c when c.Type == typeof(string) => texts.Share(c.Ordinal, reader.GetString(c.Ordinal)),
        var c => Convert.ToString(Value(c), CultureInfo.InvariantCulture),
    };

    public double? Number(string column) => Column(column) switch
    {
        var c when reader.IsDBNull(c.Ordinal) => null,
        var c when c.Type == typeof(double) => reader.GetDouble(c.Ordinal),
        var c => Convert.ToDouble(Value(c), CultureInfo.InvariantCulture),
    };

    public long? Integer(string column) => Column(column) switch
    {
        var c when reader.IsDBNull(c.Ordinal) => null,
        var c when c.Type == typeof(long) => reader.GetInt64(c.Ordinal),
        var c when c.Type == typeof(int) => reader.GetInt32(c.Ordinal),
        var c => Convert.ToInt64(Value(c), CultureInfo.InvariantCulture),
    };

    public bool? Flag(string column) => Column(column) switch
    {
        var c when reader.IsDBNull(c.Ordinal) => null,
        var c when c.Type == typeof(bool) => reader.GetBoolean(c.Ordinal),
        var c => Convert.ToBoolean(Value(c), CultureInfo.InvariantCulture),
    };

    public DateTime? Moment(string column) => Column(column) switch
    {
        var c when reader.IsDBNull(c.Ordinal) => null,
        var c => Value(c) switch
        {
            DateTime moment => moment,
            DateTimeOffset offset => offset.UtcDateTime,
            DateOnly date => date.ToDateTime(TimeOnly.MinValue),
            var other => DateTime.Parse(Convert.ToString(other, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
        },
    };

    private DbColumn Column(string column) =>
        columns.TryGetValue(column, out var found) ? found : throw new InvalidDataException($"sql/reporting/{query}.sql returned no column {column}.");

    private object Value(DbColumn column) => reader.GetValue(column.Ordinal) switch
    {
        // DuckDB's HUGEINT (what sum() of integers gives) arrives as a BigInteger, which Convert cannot take.
        BigInteger big => (decimal)big,
        var value => value,
    };
}

/// <summary>Where a column is in a query's result, and the type its values arrive as.</summary>
public readonly record struct DbColumn(int Ordinal, Type Type);
