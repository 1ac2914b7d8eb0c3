namespace Warehouse.Sources;

/// <summary>
/// .NET decodes GB18030 by its 2005 edition, in which 18 two-byte codes map to Private Use Area
/// code points (A6D9 → U+E78D). GB18030-2022 maps them to the standard characters since added
/// to Unicode: ten vertical punctuation forms (U+FE10–FE19) and eight ideographs (U+9FB4–9FBB).
/// This swaps them after decoding, one character for one, so offsets do not move.
/// </summary>
public static class Gb18030Revision2022
{
    private static readonly Dictionary<char, char> PrivateUseToStandard = new()
    {
        ['\uE78D'] = '\uFE10',
        ['\uE78E'] = '\uFE12',
        ['\uE78F'] = '\uFE11',
        ['\uE790'] = '\uFE13',
        ['\uE791'] = '\uFE14',
        ['\uE792'] = '\uFE15',
        ['\uE793'] = '\uFE16',
        ['\uE794'] = '\uFE17',
        ['\uE795'] = '\uFE18',
        ['\uE796'] = '\uFE19',
        ['\uE81E'] = '\u9FB4',
        ['\uE826'] = '\u9FB5',
        ['\uE82B'] = '\u9FB6',
        ['\uE82C'] = '\u9FB7',
        ['\uE832'] = '\u9FB8',
        ['\uE843'] = '\u9FB9',
        ['\uE854'] = '\u9FBA',
        ['\uE864'] = '\u9FBB',
    };

    public static string Apply(string decoded)
    {
        if (decoded.AsSpan().IndexOfAnyInRange('\uE78D', '\uE864') < 0)
        {
            return decoded;
        }

        return string.Create(decoded.Length, decoded, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = PrivateUseToStandard.TryGetValue(source[i], out var standard) ? standard : source[i];
            }
        });
    }
}
