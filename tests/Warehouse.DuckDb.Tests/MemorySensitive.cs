namespace Warehouse.DuckDb.Tests;

/// <summary>
/// Tests that measure the process's working set run alone: other tests loading rows in
/// parallel would grow it too and make the measurement say nothing.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemorySensitive
{
    public const string Name = "Memory-sensitive";
}
