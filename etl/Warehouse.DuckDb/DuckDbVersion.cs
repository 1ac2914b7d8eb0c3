using Warehouse.DuckDb.Native;

namespace Warehouse.DuckDb;

/// <summary>The version of the loaded libduckdb, e.g. "v1.5.6".</summary>
public static class DuckDbVersion
{
    public static string Library => Utf8.FromNative(NativeMethods.LibraryVersion()) ?? "unknown";
}
