using System.Reflection;
using System.Runtime.InteropServices;

namespace Warehouse.DuckDb.Native;

/// <summary>
/// Finds libduckdb: the file named by the environment variable DUCKDB_LIBRARY if set, else the
/// copy the build placed next to the binaries. A missing library becomes one DuckDbException
/// that says how to get it, instead of the runtime's generic DllNotFoundException.
/// </summary>
internal static class NativeLibraryLoader
{
    public const string EnvironmentVariable = "DUCKDB_LIBRARY";

    private const string LibraryName = "duckdb";

    public static void Register(Assembly assembly) => NativeLibrary.SetDllImportResolver(assembly, Resolve);

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != LibraryName)
        {
            return 0;
        }

        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return NativeLibrary.TryLoad(configured, out var systemLibrary)
                ? systemLibrary
                : throw new DuckDbException(
                    $"{EnvironmentVariable} is set to '{configured}', but no DuckDB library could be loaded from there. " +
                    "Point it at a libduckdb 1.5.x shared library, or unset it to use the copy the build fetches from npm.");
        }

        if (NativeLibrary.TryLoad(name, assembly, searchPath, out var bundled))
        {
            return bundled;
        }

        throw new DuckDbException(
            $"The DuckDB native library ({NativeFileName}) was not found next to {assembly.GetName().Name}.dll in {AppContext.BaseDirectory}. " +
            "It is fetched when etl/Warehouse.DuckDb builds (npm pack @duckdb/node-bindings-<os>-<arch>, which needs npm and the npm registry); " +
            $"rebuild with `dotnet build`, or set {EnvironmentVariable} to the path of a libduckdb 1.5.x shared library.");
    }

    private static string NativeFileName =>
        OperatingSystem.IsWindows() ? "duckdb.dll" : OperatingSystem.IsMacOS() ? "libduckdb.dylib" : "libduckdb.so";
}
