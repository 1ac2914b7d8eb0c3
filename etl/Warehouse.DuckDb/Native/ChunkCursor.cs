namespace Warehouse.DuckDb.Native;

/// <summary>
/// Walks a result one data chunk (up to 2048 rows) at a time with duckdb_fetch_chunk, keeping
/// only the current chunk alive: this is what lets a reader stream a result of any size.
/// </summary>
internal sealed unsafe class ChunkCursor : IDisposable
{
    private readonly ResultHandle _result;
    private readonly nint[] _data;
    private readonly nint[] _validity;
    private DataChunkHandle? _chunk;
    private int _size;
    private int _row = -1;
    private bool _exhausted;

    public ChunkCursor(ResultHandle result)
    {
        _result = result;
        var count = checked((int)NativeMethods.ColumnCount(result.Pointer));
        Columns = Enumerable.Range(0, count).Select(i => ResultColumn.Describe(result, i)).ToArray();
        _data = new nint[count];
        _validity = new nint[count];
        HasRows = FetchNextChunk();
        _row = -1;
    }

    public IReadOnlyList<ResultColumn> Columns { get; }

    public bool HasRows { get; }

    public bool HasCurrentRow => _chunk is not null && _row >= 0 && _row < _size;

    public bool Read()
    {
        if (_exhausted)
        {
            return false;
        }

        if (++_row < _size)
        {
            return true;
        }

        if (!FetchNextChunk())
        {
            return false;
        }

        _row = 0;
        return true;
    }

    public bool IsNull(int column) => !VectorValues.IsValid((ulong*)_validity[column], _row);

    public object GetValue(int column) => VectorValues.Read(Columns[column], _data[column], _row);

    public nint DataOf(int column) => _data[column];

    public int Row => _row;

    private bool FetchNextChunk()
    {
        _chunk?.Dispose();
        _chunk = null;
        while (true)
        {
            var pointer = NativeMethods.FetchChunk(*_result.Pointer);
            if (pointer == 0)
            {
                _exhausted = true;
                _size = 0;
                var error = Utf8.FromNative(NativeMethods.ResultError(_result.Pointer));
                return error is null ? false : throw new DuckDbException(error);
            }

            var chunk = new DataChunkHandle(pointer);
            var size = checked((int)NativeMethods.DataChunkGetSize(pointer));
            if (size == 0)
            {
                chunk.Dispose();
                continue;
            }

            for (var i = 0; i < _data.Length; i++)
            {
                var vector = NativeMethods.DataChunkGetVector(pointer, (ulong)i);
                _data[i] = NativeMethods.VectorGetData(vector);
                _validity[i] = (nint)NativeMethods.VectorGetValidity(vector);
            }

            _chunk = chunk;
            _size = size;
            return true;
        }
    }

    public void Dispose()
    {
        _chunk?.Dispose();
        _chunk = null;
        _result.Dispose();
    }
}
