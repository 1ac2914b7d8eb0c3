namespace Warehouse.DuckDb.Native;

/// <summary>
/// Opens databases through one process-wide DuckDB instance cache, so that several connections
/// to the same file share one database instance (DuckDB allows only one instance per file per
/// process). In-memory databases are never shared.
/// </summary>
internal static class DatabaseOpener
{
    // Immutable after creation; the cache itself is thread-safe in DuckDB.
    private static readonly Lazy<nint> InstanceCache = new(NativeMethods.CreateInstanceCache);

    public static DatabaseHandle Open(DuckDbConnectionSettings settings)
    {
        var config = CreateConfig(settings);
        try
        {
            nint database;
            nint error;
            var state = settings.IsInMemory
                ? NativeMethods.OpenExt(null, out database, config, out error)
                : NativeMethods.GetOrCreateFromCache(InstanceCache.Value, Path.GetFullPath(settings.DataSource), out database, config, out error);
            if (state != DuckDbState.Success)
            {
                var message = Utf8.FromNativeAndFree(error) ?? "unknown error";
                throw new DuckDbException($"Cannot open DuckDB database '{settings.DataSource}': {message}");
            }

            return new DatabaseHandle(database);
        }
        finally
        {
            NativeMethods.DestroyConfig(ref config);
        }
    }

    private static nint CreateConfig(DuckDbConnectionSettings settings)
    {
        if (NativeMethods.CreateConfig(out var config) != DuckDbState.Success)
        {
            throw new DuckDbException("DuckDB could not create a configuration object.");
        }

        foreach (var (name, value) in settings.Options)
        {
            if (NativeMethods.SetConfig(config, name, value) != DuckDbState.Success)
            {
                NativeMethods.DestroyConfig(ref config);
                throw new DuckDbException($"DuckDB rejected the connection option {name}='{value}' (unknown option or invalid value).");
            }
        }

        return config;
    }
}
