using System.Globalization;
using System.Text;
using Warehouse.DuckDb.Native;

namespace Warehouse.DuckDb;

/// <summary>
/// DuckDB's bulk loader: rows go straight into the table's storage, orders of magnitude faster
/// than INSERT. Append one value per column in table order, then end the row:
/// <code>
/// using var appender = connection.CreateAppender("fact");
/// appender.CreateRow().AppendValue(1).AppendValue("地区生产总值").AppendNullValue().EndRow();
/// </code>
/// Rows are written in batches and on <see cref="Flush"/>/<see cref="Close"/>/Dispose; a failed
/// flush invalidates the appender (DuckDB's rule), so load inside a transaction to keep all or nothing.
/// </summary>
public sealed unsafe class DuckDbAppender : IDisposable
{
    private readonly AppenderHandle _handle;
    private readonly string _table;
    private byte[] _utf8 = new byte[256];
    private bool _closed;
    private bool _failed;

    internal DuckDbAppender(DuckDbConnection connection, string? schema, string table)
    {
        _table = schema is null ? table : $"{schema}.{table}";
        var state = NativeMethods.AppenderCreate(connection.Handle.DangerousGetHandle(), schema, table, out var pointer);
        _handle = new AppenderHandle(pointer);
        if (state != DuckDbState.Success)
        {
            var message = ErrorMessage();
            _handle.Dispose();
            throw new DuckDbException($"Cannot create an appender for {_table}: {message}");
        }
    }

    private nint Pointer => _closed
        ? throw new InvalidOperationException($"The appender for {_table} is closed.")
        : _handle.DangerousGetHandle();

    /// <summary>Starts a row; append every column's value to it, then call EndRow.</summary>
    public DuckDbAppenderRow CreateRow() => new(this);

    /// <summary>Writes the buffered rows to the table now.</summary>
    public void Flush() => Check(NativeMethods.AppenderFlush(Pointer), "flush");

    /// <summary>Flushes and closes; later appends fail.</summary>
    public void Close()
    {
        if (_closed)
        {
            return;
        }

        var state = NativeMethods.AppenderClose(_handle.DangerousGetHandle());
        _closed = true;
        Check(state, "close");
    }

    /// <summary>
    /// Closes (flushing buffered rows) and releases the appender. After an append has already
    /// failed, DuckDB has invalidated the appender: it is only released, so the first error is
    /// the one the caller sees instead of a second one from closing.
    /// </summary>
    public void Dispose()
    {
        try
        {
            if (!_failed)
            {
                Close();
            }
        }
        finally
        {
            _closed = true;
            _handle.Dispose();
        }
    }

    internal void EndRow() => Check(NativeMethods.AppenderEndRow(Pointer), "end the row");

    internal void AppendNull() => Check(NativeMethods.AppendNull(Pointer));

    internal void Append(bool value) => Check(NativeMethods.AppendBool(Pointer, value));

    internal void Append(sbyte value) => Check(NativeMethods.AppendInt8(Pointer, value));

    internal void Append(short value) => Check(NativeMethods.AppendInt16(Pointer, value));

    internal void Append(int value) => Check(NativeMethods.AppendInt32(Pointer, value));

    internal void Append(long value) => Check(NativeMethods.AppendInt64(Pointer, value));

    internal void Append(byte value) => Check(NativeMethods.AppendUInt8(Pointer, value));

    internal void Append(ushort value) => Check(NativeMethods.AppendUInt16(Pointer, value));

    internal void Append(uint value) => Check(NativeMethods.AppendUInt32(Pointer, value));

    internal void Append(ulong value) => Check(NativeMethods.AppendUInt64(Pointer, value));

    internal void Append(Int128 value) => Check(NativeMethods.AppendHugeInt(Pointer, DuckDbHugeInt.From(value)));

    internal void Append(float value) => Check(NativeMethods.AppendFloat(Pointer, value));

    internal void Append(double value) => Check(NativeMethods.AppendDouble(Pointer, value));

    // The C API has no decimal append; DuckDB casts the exact text to the column's DECIMAL.
    internal void Append(decimal value) => Append(value.ToString(CultureInfo.InvariantCulture));

    internal void Append(DateOnly value) => Check(NativeMethods.AppendDate(Pointer, TemporalConversions.ToDays(value)));

    internal void Append(DateTime value) => Check(NativeMethods.AppendTimestamp(Pointer, TemporalConversions.ToMicros(value)));

    internal void Append(TimeSpan value) => Check(NativeMethods.AppendTime(Pointer, TemporalConversions.ToMicros(value)));

    internal void Append(Guid value) => Append(value.ToString());

    internal void Append(string value)
    {
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_utf8.Length < length)
        {
            _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(value, _utf8);
        fixed (byte* p = _utf8)
        {
            Check(NativeMethods.AppendVarcharLength(Pointer, p, (ulong)written));
        }
    }

    internal void Append(byte[] value)
    {
        fixed (byte* p = value.Length == 0 ? _utf8 : value)
        {
            Check(NativeMethods.AppendBlob(Pointer, p, (ulong)value.Length));
        }
    }

    private void Check(DuckDbState state, string action = "append a value")
    {
        if (state != DuckDbState.Success)
        {
            _failed = true;
            throw new DuckDbException($"Appender for {_table} could not {action}: {ErrorMessage()}");
        }
    }

    private string ErrorMessage()
    {
        var errorData = NativeMethods.AppenderErrorData(_handle.DangerousGetHandle());
        if (errorData == 0)
        {
            return "unknown error";
        }

        try
        {
            return Utf8.FromNative(NativeMethods.ErrorDataMessage(errorData)) ?? "unknown error";
        }
        finally
        {
            NativeMethods.DestroyErrorData(ref errorData);
        }
    }
}
