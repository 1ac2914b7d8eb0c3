namespace Warehouse.Reports.Data;

/// <summary>
/// The texts one reporting query has returned so far, so that a text that repeats is kept once.
/// Short texts (names, codes, units, labels) repeat on every row of a year's facts; a long one
/// repeats on the rows right after it: a document's file path on each of its facts, a sentence on
/// each fact it states. Two national workbooks in progress held tens of megabytes of copies.
/// </summary>
public sealed class QueryTexts
{
    /// <summary>Texts up to this long are kept once for the whole query.</summary>
    public const int ShortText = 32;

    private readonly HashSet<string> _short = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _lastLongByColumn = [];

    public string Share(int column, string text)
    {
        if (text.Length <= ShortText)
        {
            if (_short.TryGetValue(text, out var kept))
            {
                return kept;
            }

            _short.Add(text);
            return text;
        }

        if (_lastLongByColumn.TryGetValue(column, out var last) && string.Equals(last, text, StringComparison.Ordinal))
        {
            return last;
        }

        _lastLongByColumn[column] = text;
        return text;
    }
}
