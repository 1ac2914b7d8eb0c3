using System.Collections;
using System.Data;
using System.Data.Common;
using System.Numerics;
using Warehouse.DuckDb.Native;

namespace Warehouse.DuckDb;

/// <summary>
/// Reads query results chunk by chunk. A command with several statements runs them in order:
/// statements that return no rows (CREATE, INSERT…) run on the way and add to
/// <see cref="RecordsAffected"/>; each query is one result set (<see cref="NextResult"/>).
/// Statements after the last result set read are not run when the reader is closed early.
/// </summary>
public sealed class DuckDbDataReader : DbDataReader
{
    private readonly DuckDbConnection _connection;
    private readonly StatementBatch _batch;
    private readonly bool _ownsBatch;
    private readonly IReadOnlyList<DuckDbParameter> _parameters;
    private readonly CommandBehavior _behavior;
    private ChunkCursor? _cursor;
    private int _nextStatement;
    private int _recordsAffected = -1;
    private bool _closed;

    internal DuckDbDataReader(DuckDbConnection connection, StatementBatch batch, bool ownsBatch, IReadOnlyList<DuckDbParameter> parameters, CommandBehavior behavior)
    {
        _connection = connection;
        _batch = batch;
        _ownsBatch = ownsBatch;
        _parameters = parameters;
        _behavior = behavior;
        try
        {
            AdvanceToNextResultSet();
        }
        catch
        {
            Close();
            throw;
        }
    }

    public override int Depth => 0;

    public override int FieldCount => _cursor?.Columns.Count ?? 0;

    public override bool HasRows => _cursor?.HasRows ?? false;

    public override bool IsClosed => _closed;

    public override int RecordsAffected => _recordsAffected;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool Read() => _cursor?.Read() ?? false;

    public override bool NextResult() => AdvanceToNextResultSet();

    /// <summary>Runs statements until one returns rows; false when the batch is done.</summary>
    private bool AdvanceToNextResultSet()
    {
        _cursor?.Dispose();
        _cursor = null;
        while (_nextStatement < _batch.Count)
        {
            var statement = _batch.Prepare(_nextStatement++);
            ParameterBinder.Bind(statement, _parameters);
            var result = StatementExecutor.Execute(statement);
            if (ReturnsRows(result))
            {
                _cursor = new ChunkCursor(result);
                return true;
            }

            _recordsAffected = Math.Max(_recordsAffected, 0) + RowsChanged(result);
            result.Dispose();
        }

        return false;
    }

    private static unsafe bool ReturnsRows(ResultHandle result) =>
        NativeMethods.ResultReturnType(*result.Pointer) == DuckDbResultType.QueryResult;

    private static unsafe int RowsChanged(ResultHandle result) =>
        checked((int)NativeMethods.RowsChanged(result.Pointer));

    private ChunkCursor Cursor => _cursor ?? throw new InvalidOperationException("There is no current result set.");

    private ChunkCursor Row =>
        Cursor.HasCurrentRow ? Cursor : throw new InvalidOperationException("There is no current row; call Read() first.");

    public override string GetName(int ordinal) => Cursor.Columns[ordinal].Name;

    public override int GetOrdinal(string name)
    {
        var columns = Cursor.Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Name == name)
            {
                return i;
            }
        }

        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new IndexOutOfRangeException($"The result has no column named '{name}'.");
    }

    public override Type GetFieldType(int ordinal) => Cursor.Columns[ordinal].ClrType;

    public override string GetDataTypeName(int ordinal) => Cursor.Columns[ordinal].TypeName;

    public override bool IsDBNull(int ordinal) => Row.IsNull(ordinal);

    public override object GetValue(int ordinal) => Row.IsNull(ordinal) ? DBNull.Value : Row.GetValue(ordinal);

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }

        return count;
    }

    public override T GetFieldValue<T>(int ordinal)
    {
        if (Row.IsNull(ordinal))
        {
            return typeof(T) == typeof(object) || Nullable.GetUnderlyingType(typeof(T)) is not null || !typeof(T).IsValueType
                ? default!
                : throw new InvalidCastException($"Column '{GetName(ordinal)}' is NULL in this row.");
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (target == typeof(DateOnly) && Cursor.Columns[ordinal].Type == DuckDbType.Date)
        {
            return (T)(object)DateOnly.FromDateTime((DateTime)GetValue(ordinal));
        }

        if (target == typeof(Int128) || target == typeof(BigInteger))
        {
            var exact = ReadExactInteger(ordinal);
            return target == typeof(Int128) ? (T)(object)exact : (T)(object)(BigInteger)exact;
        }

        var value = GetValue(ordinal);
        return value is T typed ? typed : (T)Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>HUGEINT read without going through decimal, for values beyond 28 digits.</summary>
    private unsafe Int128 ReadExactInteger(int ordinal)
    {
        var column = Cursor.Columns[ordinal];
        var data = (byte*)Cursor.DataOf(ordinal);
        return column.Type switch
        {
            DuckDbType.HugeInt => VectorValues.ReadHugeInt(data, Cursor.Row),
            DuckDbType.Decimal when column.Scale == 0 => VectorValues.ReadUnscaledDecimal(column, data, Cursor.Row),
            _ => (Int128)Convert.ToInt64(GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public override bool GetBoolean(int ordinal) => GetFieldValue<bool>(ordinal);

    public override byte GetByte(int ordinal) => GetFieldValue<byte>(ordinal);

    public override char GetChar(int ordinal) => GetString(ordinal)[0];

    public override DateTime GetDateTime(int ordinal) => GetFieldValue<DateTime>(ordinal);

    public override decimal GetDecimal(int ordinal) => GetFieldValue<decimal>(ordinal);

    public override double GetDouble(int ordinal) => GetFieldValue<double>(ordinal);

    public override float GetFloat(int ordinal) => GetFieldValue<float>(ordinal);

    public override Guid GetGuid(int ordinal) => GetFieldValue<Guid>(ordinal);

    public override short GetInt16(int ordinal) => GetFieldValue<short>(ordinal);

    public override int GetInt32(int ordinal) => GetFieldValue<int>(ordinal);

    public override long GetInt64(int ordinal) => GetFieldValue<long>(ordinal);

    public override string GetString(int ordinal) => GetFieldValue<string>(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length)
    {
        var bytes = GetFieldValue<byte[]>(ordinal);
        if (buffer is null)
        {
            return bytes.Length;
        }

        var count = (int)Math.Max(0, Math.Min(length, bytes.Length - dataOffset));
        Array.Copy(bytes, dataOffset, buffer, bufferOffset, count);
        return count;
    }

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length)
    {
        var text = GetString(ordinal);
        if (buffer is null)
        {
            return text.Length;
        }

        var count = (int)Math.Max(0, Math.Min(length, text.Length - dataOffset));
        text.CopyTo((int)dataOffset, buffer, bufferOffset, count);
        return count;
    }

    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);

    /// <summary>The columns of the current result set, in the shape DataTable.Load and tools expect.</summary>
    public override DataTable GetSchemaTable()
    {
        var schema = new DataTable("SchemaTable");
        schema.Columns.Add(SchemaTableColumn.ColumnName, typeof(string));
        schema.Columns.Add(SchemaTableColumn.ColumnOrdinal, typeof(int));
        schema.Columns.Add(SchemaTableColumn.ColumnSize, typeof(int));
        schema.Columns.Add(SchemaTableColumn.DataType, typeof(Type));
        schema.Columns.Add("DataTypeName", typeof(string));
        schema.Columns.Add(SchemaTableColumn.AllowDBNull, typeof(bool));
        schema.Columns.Add(SchemaTableColumn.IsKey, typeof(bool));
        schema.Columns.Add(SchemaTableColumn.IsUnique, typeof(bool));
        schema.Columns.Add(SchemaTableColumn.IsLong, typeof(bool));
        for (var i = 0; i < FieldCount; i++)
        {
            schema.Rows.Add(GetName(i), i, -1, GetFieldType(i), GetDataTypeName(i), true, false, false, false);
        }

        return schema;
    }

    public override void Close()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        _cursor?.Dispose();
        _cursor = null;
        if (_ownsBatch)
        {
            _batch.Dispose();
        }

        if (_behavior.HasFlag(CommandBehavior.CloseConnection))
        {
            _connection.Close();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }

        base.Dispose(disposing);
    }
}
