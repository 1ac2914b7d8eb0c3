using System.Buffers.Binary;

namespace Warehouse.DuckDb.Native;

/// <summary>
/// Decodes one value from a DuckDB vector: <paramref name="data"/> is duckdb_vector_get_data,
/// laid out as an array of the column's storage type.
/// </summary>
internal static unsafe class VectorValues
{
    public static bool IsValid(ulong* validity, int row) =>
        validity == null || (validity[row >> 6] & (1UL << (row & 63))) != 0;

    public static object Read(ResultColumn column, nint data, int row)
    {
        var p = (byte*)data;
        return column.Type switch
        {
            DuckDbType.Boolean => p[row] != 0,
            DuckDbType.TinyInt => ((sbyte*)p)[row],
            DuckDbType.SmallInt => ((short*)p)[row],
            DuckDbType.Integer => ((int*)p)[row],
            DuckDbType.BigInt => ((long*)p)[row],
            DuckDbType.UTinyInt => p[row],
            DuckDbType.USmallInt => ((ushort*)p)[row],
            DuckDbType.UInteger => ((uint*)p)[row],
            DuckDbType.UBigInt => ((ulong*)p)[row],
            DuckDbType.Float => ((float*)p)[row],
            DuckDbType.Double => ((double*)p)[row],
            DuckDbType.HugeInt => DecimalConversions.FromUnscaled(ReadHugeInt(p, row), 0),
            DuckDbType.UHugeInt => DecimalConversions.FromUnscaled(checked((Int128)ReadUHugeInt(p, row)), 0),
            DuckDbType.Decimal => DecimalConversions.FromUnscaled(ReadUnscaledDecimal(column, p, row), column.Scale),
            DuckDbType.Date => TemporalConversions.FromDays(((int*)p)[row]).ToDateTime(TimeOnly.MinValue),
            DuckDbType.Timestamp => TemporalConversions.FromMicros(((long*)p)[row]),
            DuckDbType.TimestampTz => TemporalConversions.FromMicros(((long*)p)[row], DateTimeKind.Utc),
            DuckDbType.TimestampS => TemporalConversions.FromMicros(((long*)p)[row] * 1_000_000),
            DuckDbType.TimestampMs => TemporalConversions.FromMicros(((long*)p)[row] * 1_000),
            DuckDbType.TimestampNs => new DateTime(DateTime.UnixEpoch.Ticks + (((long*)p)[row] / 100)),
            DuckDbType.Time => TimeSpan.FromTicks(((long*)p)[row] * TimeSpan.TicksPerMicrosecond),
            DuckDbType.Varchar => ReadString(p, row),
            DuckDbType.Blob => ReadBytes(p, row),
            DuckDbType.Enum => column.EnumValues![(int)ReadEnumIndex(column, p, row)],
            DuckDbType.Uuid => ReadUuid(p, row),
            _ => throw new NotSupportedException(
                $"Column '{column.Name}' has DuckDB type {column.TypeName}, which this provider does not read; cast it in SQL, e.g. {column.Name}::VARCHAR."),
        };
    }

    public static Int128 ReadHugeInt(byte* p, int row)
    {
        var value = (ulong*)(p + (row * 16));
        return new Int128(value[1], value[0]);
    }

    private static UInt128 ReadUHugeInt(byte* p, int row)
    {
        var value = (ulong*)(p + (row * 16));
        return new UInt128(value[1], value[0]);
    }

    public static Int128 ReadUnscaledDecimal(ResultColumn column, byte* p, int row) => column.StorageType switch
    {
        DuckDbType.SmallInt => ((short*)p)[row],
        DuckDbType.Integer => ((int*)p)[row],
        DuckDbType.BigInt => ((long*)p)[row],
        _ => ReadHugeInt(p, row),
    };

    private static uint ReadEnumIndex(ResultColumn column, byte* p, int row) => column.StorageType switch
    {
        DuckDbType.UTinyInt => p[row],
        DuckDbType.USmallInt => ((ushort*)p)[row],
        _ => ((uint*)p)[row],
    };

    /// <summary>duckdb_string_t: a uint32 length, then the bytes inline if ≤ 12, else a 4-byte prefix and a pointer.</summary>
    private static ReadOnlySpan<byte> StringBytes(byte* p, int row)
    {
        var entry = p + (row * 16);
        var length = *(uint*)entry;
        var bytes = length <= 12 ? entry + 4 : *(byte**)(entry + 8);
        return new ReadOnlySpan<byte>(bytes, checked((int)length));
    }

    public static string ReadString(byte* p, int row) => System.Text.Encoding.UTF8.GetString(StringBytes(p, row));

    private static byte[] ReadBytes(byte* p, int row) => StringBytes(p, row).ToArray();

    /// <summary>DuckDB stores a UUID as a hugeint with the top bit flipped, so that it sorts.</summary>
    private static Guid ReadUuid(byte* p, int row)
    {
        var value = (ulong*)(p + (row * 16));
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, value[1] ^ (1UL << 63));
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], value[0]);
        return new Guid(bytes, bigEndian: true);
    }
}
