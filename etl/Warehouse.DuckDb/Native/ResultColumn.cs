namespace Warehouse.DuckDb.Native;

/// <summary>
/// What the reader needs to know about one result column: its name, its DuckDB type, how its
/// values are stored in a vector, and the .NET type it reads as.
/// </summary>
internal sealed record ResultColumn(string Name, DuckDbType Type, DuckDbType StorageType, byte Scale, IReadOnlyList<string>? EnumValues)
{
    public Type ClrType => Type switch
    {
        DuckDbType.Boolean => typeof(bool),
        DuckDbType.TinyInt => typeof(sbyte),
        DuckDbType.SmallInt => typeof(short),
        DuckDbType.Integer => typeof(int),
        DuckDbType.BigInt => typeof(long),
        DuckDbType.UTinyInt => typeof(byte),
        DuckDbType.USmallInt => typeof(ushort),
        DuckDbType.UInteger => typeof(uint),
        DuckDbType.UBigInt => typeof(ulong),
        // HUGEINT is what SUM over integers returns; decimal keeps 28 digits and converts to the
        // long/int/decimal properties people map it to (Int128 is not IConvertible).
        DuckDbType.HugeInt or DuckDbType.UHugeInt or DuckDbType.Decimal => typeof(decimal),
        DuckDbType.Float => typeof(float),
        DuckDbType.Double => typeof(double),
        DuckDbType.Date or DuckDbType.Timestamp or DuckDbType.TimestampS or DuckDbType.TimestampMs
            or DuckDbType.TimestampNs or DuckDbType.TimestampTz => typeof(DateTime),
        DuckDbType.Time => typeof(TimeSpan),
        DuckDbType.Varchar or DuckDbType.Enum => typeof(string),
        DuckDbType.Blob => typeof(byte[]),
        DuckDbType.Uuid => typeof(Guid),
        _ => typeof(object),
    };

    public string TypeName => Type switch
    {
        DuckDbType.TinyInt => "TINYINT",
        DuckDbType.SmallInt => "SMALLINT",
        DuckDbType.UTinyInt => "UTINYINT",
        DuckDbType.USmallInt => "USMALLINT",
        DuckDbType.UInteger => "UINTEGER",
        DuckDbType.UBigInt => "UBIGINT",
        DuckDbType.HugeInt => "HUGEINT",
        DuckDbType.UHugeInt => "UHUGEINT",
        DuckDbType.TimestampS => "TIMESTAMP_S",
        DuckDbType.TimestampMs => "TIMESTAMP_MS",
        DuckDbType.TimestampNs => "TIMESTAMP_NS",
        DuckDbType.TimestampTz => "TIMESTAMP WITH TIME ZONE",
        DuckDbType.TimeTz => "TIME WITH TIME ZONE",
        _ => Type.ToString().ToUpperInvariant(),
    };

    public static unsafe ResultColumn Describe(ResultHandle result, int index)
    {
        var name = Utf8.FromNative(NativeMethods.ColumnName(result.Pointer, (ulong)index)) ?? $"column{index}";
        var logicalType = NativeMethods.ColumnLogicalType(result.Pointer, (ulong)index);
        try
        {
            var type = NativeMethods.GetTypeId(logicalType);
            return type switch
            {
                DuckDbType.Decimal => new ResultColumn(name, type, NativeMethods.DecimalInternalType(logicalType), NativeMethods.DecimalScale(logicalType), null),
                DuckDbType.Enum => new ResultColumn(name, type, NativeMethods.EnumInternalType(logicalType), 0, EnumDictionary(logicalType)),
                _ => new ResultColumn(name, type, type, 0, null),
            };
        }
        finally
        {
            NativeMethods.DestroyLogicalType(ref logicalType);
        }
    }

    private static string[] EnumDictionary(nint logicalType)
    {
        var values = new string[NativeMethods.EnumDictionarySize(logicalType)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Utf8.FromNativeAndFree(NativeMethods.EnumDictionaryValue(logicalType, (ulong)i)) ?? "";
        }

        return values;
    }
}
