using System.Runtime.InteropServices;
using System.Text;

namespace Warehouse.DuckDb.Native;

/// <summary>Reads the UTF-8 strings DuckDB hands back (owned by DuckDB unless freed explicitly).</summary>
internal static class Utf8
{
    public static string? FromNative(nint pointer) => pointer == 0 ? null : Marshal.PtrToStringUTF8(pointer);

    /// <summary>For strings DuckDB allocated for the caller, which must be released with duckdb_free.</summary>
    public static string? FromNativeAndFree(nint pointer)
    {
        if (pointer == 0)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(pointer);
        }
        finally
        {
            NativeMethods.Free(pointer);
        }
    }

    public static unsafe string Decode(byte* bytes, int length) => Encoding.UTF8.GetString(bytes, length);
}
