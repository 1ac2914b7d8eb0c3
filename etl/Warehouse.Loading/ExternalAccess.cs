using Dapper;
using DuckDB.NET.Data;
using Warehouse.Sources;
using Warehouse.Sql;

namespace Warehouse.Loading;

/// <summary>
/// What SQL on a connection may reach besides its own database file. The pipeline's own
/// statements (sql/) run <see cref="Unrestricted"/>; an analyst's ad-hoc SQL runs with
/// <see cref="None"/> (no file readers, COPY … TO, ATTACH, INSTALL or LOAD, and no SET that
/// could undo it: DuckDB's enable_external_access=false and lock_configuration=true) or with
/// files under one folder the analyst named (<see cref="UnderFolder"/>).
/// </summary>
public sealed record ExternalAccess
{
    private ExternalAccess(bool restricted, string? allowedFolder)
    {
        Restricted = restricted;
        AllowedFolder = allowedFolder;
    }

    public static ExternalAccess Unrestricted { get; } = new(false, null);

    public static ExternalAccess None { get; } = new(true, null);

    /// <summary>Files under <paramref name="folder"/> (absolute or relative to the working folder), nothing else.</summary>
    public static ExternalAccess UnderFolder(string folder) =>
        new(true, Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar);

    internal bool Restricted { get; }

    /// <summary>The one folder (with a trailing separator) whose files SQL may read and write; null for none.</summary>
    public string? AllowedFolder { get; }

    /// <summary>Whether <paramref name="path"/> lies in the allowed folder, symbolic links followed on both sides as the file system would.</summary>
    internal bool AllowsFile(string path) =>
        AllowedFolder is { } folder && RealPaths.IsUnder(RealPaths.Of(path), RealPaths.Of(folder));

    /// <summary>Opens a connection with these limits in force before any statement of the caller's runs.</summary>
    internal DuckDBConnection Open(DuckDBConnectionStringBuilder settings)
    {
        if (Restricted && AllowedFolder is null)
        {
            settings.EnableExternalAccess = false;
            settings.LockConfiguration = true;
        }

        var connection = new DuckDBConnection(settings.ConnectionString);
        try
        {
            connection.Open();
            if (Restricted && AllowedFolder is { } folder)
            {
                connection.Execute(SqlFiles.Get("access/allow_files_under"), new { folder });
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A private in-memory database with these limits (`warehouse sql` without --db).</summary>
    public DuckDBConnection OpenInMemory() =>
        Open(new DuckDBConnectionStringBuilder { DataSource = DuckDBConnectionStringBuilder.InMemoryDataSource });
}
