namespace Warehouse.DuckDb.Native;

/// <summary>DuckDB decimals are an unscaled integer plus a scale; .NET decimals hold 96 bits.</summary>
internal static class DecimalConversions
{
    private const byte MaxWidth = 38;

    public static decimal FromUnscaled(Int128 unscaled, byte scale)
    {
        var negative = unscaled < 0;
        var magnitude = negative ? (UInt128)(-unscaled) : (UInt128)unscaled;
        while (scale > 28 || magnitude >> 96 != 0)
        {
            if (scale == 0)
            {
                throw new OverflowException($"The value {unscaled} does not fit in a .NET decimal; read it with GetFieldValue<Int128>() or cast it to DOUBLE or VARCHAR in SQL.");
            }

            // Drop a digit of precision rather than fail: .NET decimal cannot hold more.
            magnitude /= 10;
            scale--;
        }

        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative, scale);
    }

    public static DuckDbDecimalStruct ToNative(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = ((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0];
        var negative = (bits[3] & int.MinValue) != 0;
        var scale = (byte)((bits[3] >> 16) & 0xFF);
        return new DuckDbDecimalStruct(MaxWidth, scale, DuckDbHugeInt.From(negative ? -magnitude : magnitude));
    }
}
