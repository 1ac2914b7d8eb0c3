namespace Warehouse.Scheduling.Tests.Support;

/// <summary>A fresh folder per test with an input folder in it, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "warehouse-scheduling-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Input);
    }

    public string Path { get; }

    public string Input => System.IO.Path.Combine(Path, "input");

    public string Output => System.IO.Path.Combine(Path, "out");

    public string Database => System.IO.Path.Combine(Path, "warehouse.duckdb");

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process still closing a file; the OS cleans temp eventually.
        }
    }
}
