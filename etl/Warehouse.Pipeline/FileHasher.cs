using System.Security.Cryptography;

namespace Warehouse.Pipeline;

/// <summary>SHA-256 of a file's bytes, lower-case hex: the identity of a file's content.</summary>
public static class FileHasher
{
    public static string Hash(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
