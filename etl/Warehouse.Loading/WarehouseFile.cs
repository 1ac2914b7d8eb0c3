using Dapper;
using DuckDB.NET.Data;
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
/// Writers exclude each other with <c>&lt;db&gt;.lock</c>, opened with FileShare.None (an
/// exclusive lock the kernel drops when the process dies, so a crash never leaves it stuck).
/// </summary>
public static class WarehouseFile
{
    public static string NextPath(string databasePath) => databasePath + ".next";

    public static string LockPath(string databasePath) => databasePath + ".lock";

    /// <summary>
    /// Takes the writer's lock and prepares <c>&lt;db&gt;.next</c> from the current file; throws
    /// <see cref="WarehouseBusyException"/> when another writer holds the lock.
    /// </summary>
    /// <param name="access">What SQL on the connection may reach besides the warehouse; the pipeline's own statements need no limit.</param>
    public static WarehouseWriteSession BeginWrite(string databasePath, ExternalAccess? access = null)
    {
        var fullPath = Path.GetFullPath(databasePath);
        RefuseAccessToItself(fullPath, access);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var writerLock = AcquireLock(fullPath);
        try
        {
            if (File.Exists(fullPath + ".wal"))
            {
                throw new InvalidOperationException(
                    $"{fullPath}.wal exists: something opened the warehouse read-write and did not close it cleanly. " +
                    "Open it once with the DuckDB CLI (which checkpoints the WAL) and run again; analysts should open it read-only.");
            }

            var next = NextPath(fullPath);
            DeleteIfExists(next);
            DeleteIfExists(next + ".wal");
            if (File.Exists(fullPath))
            {
                File.Copy(fullPath, next);
            }

            var connection = (access ?? ExternalAccess.Unrestricted).Open(new DuckDBConnectionStringBuilder { DataSource = next });
            return new WarehouseWriteSession(fullPath, next, connection, writerLock);
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>A read-only connection to the published warehouse: never blocks nor sees a writer.</summary>
    /// <param name="access">What SQL on the connection may reach besides the warehouse; ad-hoc SQL gets <see cref="ExternalAccess.None"/>.</param>
    public static DuckDBConnection OpenReadOnly(string databasePath, ExternalAccess? access = null)
    {
        var fullPath = Path.GetFullPath(databasePath);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"No warehouse at {fullPath}; run `warehouse run --db {databasePath} …` first.", fullPath);
        }

        RefuseAccessToItself(fullPath, access);
        return (access ?? ExternalAccess.Unrestricted).Open(new DuckDBConnectionStringBuilder { DataSource = fullPath, AccessMode = DuckDBAccessMode.ReadOnly });
    }

    /// <summary>Read-only means read-only: a folder opened to ad-hoc SQL must not hold the warehouse (COPY … TO could overwrite it).</summary>
    private static void RefuseAccessToItself(string fullPath, ExternalAccess? access)
    {
        if (access is not null && access.AllowsFile(fullPath))
        {
            throw new ArgumentException($"The folder {access.AllowedFolder} holds the warehouse {fullPath}; name a folder for files that does not contain it.");
        }
    }

    private static FileStream AcquireLock(string fullPath)
    {
        var lockPath = LockPath(fullPath);
        try
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception)
        {
            throw new WarehouseBusyException(
                $"Another run, correction or `warehouse sql --write` is writing {fullPath} (it holds {lockPath}); try again when it has finished.", exception);
        }
    }

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}

/// <summary>Another process is writing the warehouse.</summary>
public sealed class WarehouseBusyException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// A writer's hold on the warehouse: a connection to <c>&lt;db&gt;.next</c>. <see cref="Publish"/>
/// swaps it in; disposing without publishing throws the copy away and leaves <c>&lt;db&gt;</c> as it was.
/// </summary>
public sealed class WarehouseWriteSession : IDisposable
{
    private readonly string _databasePath;
    private readonly string _nextPath;
    private readonly FileStream _writerLock;
    private bool _published;

    internal WarehouseWriteSession(string databasePath, string nextPath, DuckDBConnection connection, FileStream writerLock)
    {
        _databasePath = databasePath;
        _nextPath = nextPath;
        Connection = connection;
        _writerLock = writerLock;
    }

    public DuckDBConnection Connection { get; }

    public string DatabasePath => _databasePath;

    /// <summary>Checkpoints and closes the copy, then renames it over the warehouse in one step.</summary>
    public void Publish()
    {
        Connection.Execute(SqlFiles.Get("loading/checkpoint"));

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
        if (!_published && File.Exists(_nextPath))
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
