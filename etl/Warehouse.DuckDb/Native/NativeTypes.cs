using System.Runtime.InteropServices;

namespace Warehouse.DuckDb.Native;

/// <summary>DuckDB's physical and logical type ids (duckdb.h, enum DUCKDB_TYPE; numbers are ABI).</summary>
internal enum DuckDbType
{
    Invalid = 0,
    Boolean = 1,
    TinyInt = 2,
    SmallInt = 3,
    Integer = 4,
    BigInt = 5,
    UTinyInt = 6,
    USmallInt = 7,
    UInteger = 8,
    UBigInt = 9,
    Float = 10,
    Double = 11,
    Timestamp = 12,
    Date = 13,
    Time = 14,
    Interval = 15,
    HugeInt = 16,
    Varchar = 17,
    Blob = 18,
    Decimal = 19,
    TimestampS = 20,
    TimestampMs = 21,
    TimestampNs = 22,
    Enum = 23,
    List = 24,
    Struct = 25,
    Map = 26,
    Uuid = 27,
    Union = 28,
    Bit = 29,
    TimeTz = 30,
    TimestampTz = 31,
    UHugeInt = 32,
    Array = 33,
}

internal enum DuckDbState
{
    Success = 0,
    Error = 1,
}

internal enum DuckDbResultType
{
    Invalid = 0,
    ChangedRows = 1,
    Nothing = 2,
    QueryResult = 3,
}

/// <summary>
/// <c>duckdb_result</c>: six pointer-size fields, allocated by the caller and filled by DuckDB.
/// Only ever handled through a pointer or passed by value to <c>duckdb_fetch_chunk</c>.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DuckDbResultStruct
{
    public nint DeprecatedColumnCount;
    public nint DeprecatedRowCount;
    public nint DeprecatedRowsChanged;
    public nint DeprecatedColumns;
    public nint DeprecatedErrorMessage;
    public nint InternalData;
}

/// <summary><c>duckdb_hugeint</c>: value = upper * 2^64 + lower.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct DuckDbHugeInt(ulong lower, long upper)
{
    public readonly ulong Lower = lower;
    public readonly long Upper = upper;

    public static DuckDbHugeInt From(Int128 value) => new((ulong)value, (long)(value >> 64));

    public Int128 ToInt128() => new((ulong)Upper, Lower);
}

/// <summary><c>duckdb_decimal</c>: width and scale, then the unscaled value as a hugeint.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct DuckDbDecimalStruct(byte width, byte scale, DuckDbHugeInt value)
{
    public readonly byte Width = width;
    public readonly byte Scale = scale;
    public readonly DuckDbHugeInt Value = value;
}
