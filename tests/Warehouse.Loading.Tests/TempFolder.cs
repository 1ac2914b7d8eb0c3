namespace Warehouse.Loading.Tests;

/// <summary>A fresh folder under /tmp for one test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("warehouse-loading-").FullName;
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Copies every file of <paramref name="source"/> into a new subfolder and returns it.</summary>
    public string CopyFolder(string source, string name)
    {
        var target = Combine(name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process killed by a test may still be releasing a file; /tmp is cleaned anyway.
        }
    }
}
