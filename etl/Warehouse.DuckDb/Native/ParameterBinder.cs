using System.Globalization;
using System.Numerics;
using System.Text;

namespace Warehouse.DuckDb.Native;

/// <summary>
/// Binds a command's parameters to one prepared statement. Named parameters go to the
/// statement's <c>$name</c> (looked up with duckdb_bind_parameter_index) and are skipped when
/// this statement does not use them, so one parameter set can serve a multi-statement batch;
/// digit names go to <c>$1</c>…; unnamed parameters fill the placeholders in order.
/// </summary>
internal static unsafe class ParameterBinder
{
    public static void Bind(PreparedStatementHandle statement, IReadOnlyList<DuckDbParameter> parameters)
    {
        var pointer = statement.DangerousGetHandle();
        NativeMethods.ClearBindings(pointer);
        var placeholders = NativeMethods.ParameterCount(pointer);
        if (placeholders == 0)
        {
            return;
        }

        ulong nextPositional = 0;
        foreach (var parameter in parameters)
        {
            var name = parameter.PlaceholderName;
            ulong index;
            if (name.Length == 0)
            {
                index = ++nextPositional;
            }
            else if (ulong.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                index = number;
            }
            else if (NativeMethods.BindParameterIndex(pointer, out index, name) != DuckDbState.Success)
            {
                continue;
            }

            if (index == 0 || index > placeholders)
            {
                continue;
            }

            if (BindValue(pointer, index, parameter.Value) != DuckDbState.Success)
            {
                var described = name.Length == 0 ? $"#{index}" : $"'{name}'";
                throw new DuckDbException(
                    $"Cannot bind parameter {described} (a {parameter.Value?.GetType().Name ?? "null"}): " +
                    (Utf8.FromNative(NativeMethods.PrepareError(pointer)) ?? "DuckDB rejected the value."));
            }
        }
    }

    private static DuckDbState BindValue(nint statement, ulong index, object? value) => value switch
    {
        null or DBNull => NativeMethods.BindNull(statement, index),
        bool v => NativeMethods.BindBoolean(statement, index, v),
        sbyte v => NativeMethods.BindInt8(statement, index, v),
        short v => NativeMethods.BindInt16(statement, index, v),
        int v => NativeMethods.BindInt32(statement, index, v),
        long v => NativeMethods.BindInt64(statement, index, v),
        byte v => NativeMethods.BindUInt8(statement, index, v),
        ushort v => NativeMethods.BindUInt16(statement, index, v),
        uint v => NativeMethods.BindUInt32(statement, index, v),
        ulong v => NativeMethods.BindUInt64(statement, index, v),
        Int128 v => NativeMethods.BindHugeInt(statement, index, DuckDbHugeInt.From(v)),
        BigInteger v => BindString(statement, index, v.ToString(CultureInfo.InvariantCulture)),
        float v => NativeMethods.BindFloat(statement, index, v),
        double v => NativeMethods.BindDouble(statement, index, v),
        decimal v => NativeMethods.BindDecimal(statement, index, DecimalConversions.ToNative(v)),
        string v => BindString(statement, index, v),
        char v => BindString(statement, index, v.ToString()),
        DateOnly v => NativeMethods.BindDate(statement, index, TemporalConversions.ToDays(v)),
        DateTime v => NativeMethods.BindTimestamp(statement, index, TemporalConversions.ToMicros(v)),
        DateTimeOffset v => NativeMethods.BindTimestamp(statement, index, TemporalConversions.ToMicros(v.UtcDateTime)),
        TimeOnly v => NativeMethods.BindTime(statement, index, TemporalConversions.ToMicros(v.ToTimeSpan())),
        TimeSpan v => NativeMethods.BindTime(statement, index, TemporalConversions.ToMicros(v)),
        byte[] v => BindBlob(statement, index, v),
        Guid v => BindString(statement, index, v.ToString()),
        Enum v => NativeMethods.BindInt64(statement, index, Convert.ToInt64(v, CultureInfo.InvariantCulture)),
        _ => throw new NotSupportedException($"Parameters of type {value.GetType().FullName} are not supported; pass a string, number, bool, date, time or byte[]."),
    };

    private static DuckDbState BindString(nint statement, ulong index, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        fixed (byte* p = NonEmpty(bytes))
        {
            return NativeMethods.BindVarcharLength(statement, index, p, (ulong)bytes.Length);
        }
    }

    private static DuckDbState BindBlob(nint statement, ulong index, byte[] value)
    {
        fixed (byte* p = NonEmpty(value))
        {
            return NativeMethods.BindBlob(statement, index, p, (ulong)value.Length);
        }
    }

    /// <summary>Pinning an empty array gives a null pointer; DuckDB wants a real one even for length 0.</summary>
    private static byte[] NonEmpty(byte[] bytes) => bytes.Length == 0 ? new byte[1] : bytes;
}
