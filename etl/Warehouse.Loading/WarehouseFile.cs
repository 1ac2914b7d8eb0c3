using Dapper;
using DuckDB.NET.Data;
using Warehouse.Sources;
using Warehouse.Sql;

namespace Warehouse.Loading;

/// <summary>
/// How the warehouse file is shared between the nightly writer and analysts.
///
/// DuckDB lets one process open a file read-write, and then no other process may open it at all.
/// So writers never open the warehouse itself: a write (a run, a correction, `sql --write`) copies
/// <c>&lt;db&gt;</c> to <c>&lt;db&gt;.next</c>, works there, checkpoints and closes it (so the
/// copy is one self-contained file with no WAL), then renames it over <c>&lt;db&gt;</c>
/// (File.Move with overwrite is rename(2), atomic on one file system). Analysts open
/// <c>&lt;db&gt;</c> read-only at any time and see either the old or the new state, never a half
/// one; a reader that opened the old file keeps reading it (its inode lives on until closed).
/// A crash (even SIGKILL) before the rename leaves <c>&lt;db&gt;</c> untouched; the stale
/// <c>.next</c> is thrown away by the next writer, which starts over from <c>&lt;db&gt;</c>.
/// Writers exclude each other with <c>&lt;db&gt;.lock</c> (<see cref="WriterLock"/>). A warehouse
/// named through a symbolic link is written at the link's target, and the link stays.
/// </summary>
public static class WarehouseFile
{
    public static string NextPath(string databasePath) => databasePath + ".next";

    public static string LockPath(string databasePath) => databasePath + ".lock";

    /// <summary>
    /// Takes the writer's lock and prepares <c>&lt;db&gt;.next</c> from the current file; throws
    /// <see cref="WarehouseBusyException"/> when another writer holds the lock, and
    /// <see cref="WarehouseFileException"/> when the file cannot be written as asked.
    /// </summary>
    /// <param name="access">What SQL on the connection may reach besides the warehouse; the pipeline's own statements need no limit.</param>
    /// <param name="createIfMissing">Only a run creates a warehouse: anything else given a path where none is (a typo) must not leave a new empty one there.</param>
    public static WarehouseWriteSession BeginWrite(string databasePath, ExternalAccess? access = null, bool createIfMissing = false)
    {
        var writerLock = Lock(databasePath, createIfMissing);
        try
        {
            return writerLock.BeginWrite(access);
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Takes the writer's lock without copying anything yet, for a writer that first looks (read-only)
    /// whether it has anything to write; throws as <see cref="BeginWrite(string, ExternalAccess?, bool)"/> does.
    /// </summary>
    public static WarehouseWriteLock Lock(string databasePath, bool createIfMissing = false)
    {
        var fullPath = Locate(databasePath, mustExist: !createIfMissing);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new WarehouseFileException($"cannot create the folder for the warehouse {fullPath}: {exception.Message}", exception);
        }

        return new WarehouseWriteLock(fullPath, WriterLock.Acquire(fullPath));
    }

    /// <summary>A read-only connection to the published warehouse: never blocks nor sees a writer.</summary>
    /// <param name="access">What SQL on the connection may reach besides the warehouse; ad-hoc SQL gets <see cref="ExternalAccess.None"/>.</param>
    public static DuckDBConnection OpenReadOnly(string databasePath, ExternalAccess? access = null)
    {
        var fullPath = Locate(databasePath, mustExist: true);
        RefuseAccessToItself(fullPath, access);
        return (access ?? ExternalAccess.Unrestricted).Open(new DuckDBConnectionStringBuilder { DataSource = fullPath, AccessMode = DuckDBAccessMode.ReadOnly });
    }

    /// <summary>Read-only means read-only: a folder opened to ad-hoc SQL must not hold the warehouse (COPY … TO could overwrite it).</summary>
    internal static void RefuseAccessToItself(string fullPath, ExternalAccess? access)
    {
        if (access is not null && access.AllowsFile(fullPath))
        {
            throw new ArgumentException($"The folder {access.AllowedFolder} holds the warehouse {fullPath}; name a folder for files that does not contain it.");
        }
    }

    /// <summary>
    /// The warehouse file's real path: through a symbolic link to its target, so a write replaces
    /// the target and the link stays, and two writers naming it differently share one lock.
    /// </summary>
    private static string Locate(string databasePath, bool mustExist)
    {
        var fullPath = RealPaths.Of(databasePath);
        if (Directory.Exists(fullPath))
        {
            throw new WarehouseFileException($"{Path.GetFullPath(databasePath)} is a folder, not a warehouse file (the warehouse is a file such as {Path.Combine(Path.GetFullPath(databasePath), "warehouse.duckdb")}).");
        }

        if (mustExist && !File.Exists(fullPath))
        {
            // A first run still writing it holds the lock: that is the better answer.
            if (File.Exists(LockPath(fullPath)))
            {
                WriterLock.Acquire(fullPath).Dispose();
            }

            throw new WarehouseFileException($"no warehouse at {Path.GetFullPath(databasePath)}: the file does not exist (`warehouse run --db {databasePath}` creates it).");
        }

        return fullPath;
    }

    internal static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}

/// <summary>The warehouse file cannot be used as asked (missing, a folder, not writable, its lock lost); the message says why in one line.</summary>
public class WarehouseFileException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Another process is writing the warehouse.</summary>
public sealed class WarehouseBusyException(string message, Exception inner) : WarehouseFileException(message, inner);

/// <summary>
/// The writer's lock on <c>&lt;db&gt;</c>, held until disposed or handed to the session that
/// <see cref="BeginWrite"/> starts, which then releases it when it ends.
/// </summary>
public sealed class WarehouseWriteLock : IDisposable
{
    private readonly string _databasePath;
    private readonly WriterLock _writerLock;

    internal WarehouseWriteLock(string databasePath, WriterLock writerLock)
    {
        _databasePath = databasePath;
        _writerLock = writerLock;
    }

    /// <summary>Prepares <c>&lt;db&gt;.next</c> from the current file and opens it; the session now holds the lock.</summary>
    /// <param name="access">What SQL on the connection may reach besides the warehouse; the pipeline's own statements need no limit.</param>
    public WarehouseWriteSession BeginWrite(ExternalAccess? access = null)
    {
        WarehouseFile.RefuseAccessToItself(_databasePath, access);
        try
        {
            if (File.Exists(_databasePath + ".wal"))
            {
                throw new WarehouseFileException(
                    $"{_databasePath}.wal exists: something opened the warehouse read-write and did not close it cleanly. " +
                    "Open it once with the DuckDB CLI (which checkpoints the WAL) and run again; analysts should open it read-only.");
            }

            var next = WarehouseFile.NextPath(_databasePath);
            WarehouseFile.DeleteIfExists(next);
            WarehouseFile.DeleteIfExists(next + ".wal");
            if (File.Exists(_databasePath))
            {
                File.Copy(_databasePath, next);
            }

            var limits = access ?? ExternalAccess.Unrestricted;
            var connection = limits.Open(new DuckDBConnectionStringBuilder { DataSource = next });
            if (!limits.Restricted)
            {
                // Ad-hoc SQL's configuration is locked; it writes little anyway.
                connection.Execute(SqlFiles.Get("loading/writer_settings"));
            }

            return new WarehouseWriteSession(_databasePath, next, connection, _writerLock);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new WarehouseFileException($"cannot prepare the copy of the warehouse {_databasePath}: {exception.Message}", exception);
        }
    }

    public void Dispose() => _writerLock.Dispose();
}

/// <summary>
/// A writer's hold on the warehouse: a connection to <c>&lt;db&gt;.next</c>. <see cref="Publish"/>
/// swaps it in; disposing without publishing throws the copy away and leaves <c>&lt;db&gt;</c> as it was.
/// </summary>
public sealed class WarehouseWriteSession : IDisposable
{
    private readonly string _databasePath;
    private readonly string _nextPath;
    private readonly WriterLock _writerLock;
    private bool _published;

    internal WarehouseWriteSession(string databasePath, string nextPath, DuckDBConnection connection, WriterLock writerLock)
    {
        _databasePath = databasePath;
        _nextPath = nextPath;
        Connection = connection;
        _writerLock = writerLock;
    }

    public DuckDBConnection Connection { get; }

    public string DatabasePath => _databasePath;

    /// <summary>
    /// Checkpoints and closes the copy, then renames it over the warehouse in one step; refuses
    /// when the lock file was deleted or replaced meanwhile (another writer may have started).
    /// </summary>
    public void Publish()
    {
        Connection.Execute(SqlFiles.Get("loading/checkpoint"));
        _writerLock.EnsureStillHeld();

        Connection.Close();
        if (File.Exists(_nextPath + ".wal"))
        {
            throw new InvalidOperationException($"{_nextPath}.wal is still there after the checkpoint; not publishing a file that needs its WAL.");
        }

        File.Move(_nextPath, _databasePath, overwrite: true);
        _published = true;
    }

    public void Dispose()
    {
        Connection.Dispose();

        // Without the lock, <db>.next may be another writer's by now.
        if (!_published && _writerLock.IsStillHeld() && File.Exists(_nextPath))
        {
            File.Delete(_nextPath);
            if (File.Exists(_nextPath + ".wal"))
            {
                File.Delete(_nextPath + ".wal");
            }
        }

        _writerLock.Dispose();
    }
}
