using System.Reflection;
using Warehouse.DataFiles;

namespace Warehouse.Text;

/// <summary>
/// The OpenCC t2s tables (Data/opencc-t2s.tsv, generated from the npm package opencc-js; see
/// Data/PROVENANCE.md), loaded once from the embedded resource.
/// </summary>
public sealed class ChineseConversionTables
{
    private const string ResourceName = "Warehouse.Text.opencc-t2s.tsv";

    private ChineseConversionTables(
        Dictionary<string, string> compatibility,
        Dictionary<string, string> characters,
        Dictionary<string, string> phrases)
    {
        Compatibility = compatibility;
        Characters = characters;
        Phrases = phrases;
    }

    /// <summary>CJK compatibility ideographs → unified ideographs.</summary>
    public IReadOnlyDictionary<string, string> Compatibility { get; }

    /// <summary>Traditional character → simplified character (one code point each).</summary>
    public IReadOnlyDictionary<string, string> Characters { get; }

    /// <summary>Traditional phrase → simplified phrase, for phrases that do not convert character by character.</summary>
    public IReadOnlyDictionary<string, string> Phrases { get; }

    public static ChineseConversionTables Load()
    {
        using var stream = typeof(ChineseConversionTables).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        var compatibility = new Dictionary<string, string>(StringComparer.Ordinal);
        var characters = new Dictionary<string, string>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fields in TabSeparatedRows.Read(reader, ResourceName, columns: 3, header: false))
        {
            var table = fields[0] switch
            {
                "compat" => compatibility,
                "char" => characters,
                "phrase" => phrases,
                _ => throw new InvalidDataException($"{ResourceName}: unknown kind '{fields[0]}'."),
            };
            table[fields[1]] = fields[2];
        }

        return new ChineseConversionTables(compatibility, characters, phrases);
    }
}
