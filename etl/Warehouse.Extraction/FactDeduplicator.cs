namespace Warehouse.Extraction;

/// <summary>
/// One fact per (indicator, kind, year, measure, scope), as GOLD.md asks: where the text states the
/// same fact twice, the more precise statement wins (more certain reading, more decimals, an
/// exact figure over an approximate one), then the earlier.
/// </summary>
public static class FactDeduplicator
{
    public static IReadOnlyList<Fact> Deduplicate(IEnumerable<Fact> facts)
    {
        var best = new Dictionary<(string, FactKind, int, Measure, RankScope?), Fact>();
        var order = new List<(string, FactKind, int, Measure, RankScope?)>();
        foreach (var fact in facts)
        {
            var key = (fact.Indicator, fact.Kind, fact.Year, fact.Measure, fact.Scope);
            if (!best.TryGetValue(key, out var kept))
            {
                best[key] = fact;
                order.Add(key);
            }
            else if (Precision(fact).CompareTo(Precision(kept)) > 0)
            {
                best[key] = fact;
            }
        }

        return order.Select(k => best[k]).ToList();
    }

    private static (double, int, int) Precision(Fact fact) =>
        (fact.Confidence, Decimals(fact.Value), fact.Qualifier == Qualifier.Exact ? 1 : 0);

    private static int Decimals(double value)
    {
        var text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.');
        return dot < 0 ? 0 : text.Length - dot - 1;
    }
}
