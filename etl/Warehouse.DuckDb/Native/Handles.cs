using System.Runtime.InteropServices;

namespace Warehouse.DuckDb.Native;

/// <summary>Base for DuckDB object handles: one native pointer, released by one destroy call.</summary>
internal abstract class DuckDbHandle : SafeHandle
{
    protected DuckDbHandle(nint pointer)
        : base(0, ownsHandle: true) => SetHandle(pointer);

    public override bool IsInvalid => handle == 0;
}

internal sealed class DatabaseHandle(nint pointer) : DuckDbHandle(pointer)
{
    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        NativeMethods.Close(ref pointer);
        return true;
    }
}

internal sealed class ConnectionHandle(nint pointer) : DuckDbHandle(pointer)
{
    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        NativeMethods.Disconnect(ref pointer);
        return true;
    }
}

internal sealed class ExtractedStatementsHandle(nint pointer) : DuckDbHandle(pointer)
{
    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        NativeMethods.DestroyExtracted(ref pointer);
        return true;
    }
}

internal sealed class PreparedStatementHandle(nint pointer) : DuckDbHandle(pointer)
{
    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        NativeMethods.DestroyPrepare(ref pointer);
        return true;
    }
}

internal sealed class AppenderHandle(nint pointer) : DuckDbHandle(pointer)
{
    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        NativeMethods.AppenderDestroy(ref pointer);
        return true;
    }
}

internal sealed class DataChunkHandle(nint pointer) : DuckDbHandle(pointer)
{
    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        NativeMethods.DestroyDataChunk(ref pointer);
        return true;
    }
}

/// <summary>
/// A <c>duckdb_result</c>. Unlike the other objects it is a 48-byte struct the caller allocates,
/// so this handle owns that memory too and frees it after <c>duckdb_destroy_result</c>.
/// </summary>
internal sealed unsafe class ResultHandle : DuckDbHandle
{
    public ResultHandle()
        : base((nint)NativeMemory.AllocZeroed((nuint)sizeof(DuckDbResultStruct)))
    {
    }

    public DuckDbResultStruct* Pointer => (DuckDbResultStruct*)handle;

    protected override bool ReleaseHandle()
    {
        NativeMethods.DestroyResult((DuckDbResultStruct*)handle);
        NativeMemory.Free((void*)handle);
        return true;
    }
}
