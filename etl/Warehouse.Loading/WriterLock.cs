namespace Warehouse.Loading;

/// <summary>
/// The writers' lock, <c>&lt;db&gt;.lock</c>: opened with FileShare.None, an exclusive lock
/// (flock) the kernel drops when the process dies, so a crash never leaves it stuck. The file
/// itself stays. A lock only excludes writers that open the same file, so the lock remembers
/// which file it holds (its size and modification time, after writing the holder's process id
/// into it): a lock file deleted or replaced while a writer works means another may have started,
/// and the writer must not publish.
/// </summary>
internal sealed class WriterLock : IDisposable
{
    private readonly FileStream _file;
    private readonly string _path;
    private readonly (long Length, DateTime Written) _stamp;

    private WriterLock(FileStream file, string path)
    {
        _file = file;
        _path = path;
        _file.SetLength(0);
        _file.Write(System.Text.Encoding.UTF8.GetBytes($"{Environment.ProcessId} {Guid.NewGuid():N}\n"));
        _file.Flush(flushToDisk: true);
        _stamp = (RandomAccess.GetLength(_file.SafeFileHandle), File.GetLastWriteTimeUtc(_file.SafeFileHandle));
    }

    public static WriterLock Acquire(string databasePath)
    {
        var path = WarehouseFile.LockPath(databasePath);
        try
        {
            return new WriterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), path);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new WarehouseFileException(
                $"cannot open the writers' lock {path}: permission denied (it belongs to another user, or its folder is not writable); write the warehouse as the user who owns it.", exception);
        }
        catch (IOException exception)
        {
            throw new WarehouseBusyException(
                $"Another run, correction or `warehouse sql --write` is writing {databasePath} (it holds {path}); try again when it has finished.", exception);
        }
    }

    /// <summary>Whether <c>&lt;db&gt;.lock</c> on disk is still the file this lock holds.</summary>
    public bool IsStillHeld()
    {
        var onDisk = new FileInfo(_path);
        return onDisk.Exists && (onDisk.Length, onDisk.LastWriteTimeUtc) == _stamp;
    }

    public void EnsureStillHeld()
    {
        if (!IsStillHeld())
        {
            throw new WarehouseFileException(
                $"the writers' lock {_path} was deleted or replaced during this write, so another writer may have started: nothing was published; run again.");
        }
    }

    public void Dispose() => _file.Dispose();
}
