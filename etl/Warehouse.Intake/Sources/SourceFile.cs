namespace Warehouse.Sources;

/// <summary>What kind of document a source file is, from its extension.</summary>
public enum SourceKind
{
    PlainText,
    Html,
    Docx,
}

/// <summary>What scanning one path gave: a readable <see cref="SourceFile"/> or a <see cref="SkippedFile"/>.</summary>
public abstract record ScanResult(string Path);

/// <summary>A file that was read and decoded.</summary>
/// <param name="ContentHash">SHA-256 of the file's bytes, lower-case hex.</param>
/// <param name="Encoding">The encoding the text was decoded with (utf-8, utf-16le, gb18030, docx).</param>
/// <param name="Text">The decoded text: for HTML still the markup, for .docx its paragraphs, one per line.</param>
public sealed record SourceFile(string Path, string ContentHash, SourceKind Kind, string Encoding, string Text)
    : ScanResult(Path);

/// <summary>A file that could not be used, and why (empty, binary, undecodable, too large, unreadable…).</summary>
public sealed record SkippedFile(string Path, string Reason) : ScanResult(Path);
