using Warehouse.Extraction.Lexicon;
using Warehouse.Extraction.Numbers;

namespace Warehouse.Extraction.Reading;

/// <summary>What the reader sees in a sentence, in text order.</summary>
internal abstract record Token(int Start, int End);

/// <summary>An indicator's name.</summary>
internal sealed record IndicatorToken(IndicatorMention Mention) : Token(Mention.Start, Mention.End);

/// <summary>One figure, or a list of figures (分别增长5%、10.5%), in text order.</summary>
internal sealed record ValuesToken(IReadOnlyList<Quantity> Items) : Token(Items[0].Start, Items[^1].End)
{
    public bool IsPercent => Items[0].IsPercent;
}

/// <summary>A rank claim.</summary>
internal sealed record RankToken(RankMention Rank) : Token(Rank.Start, Rank.End);

/// <summary>A semicolon: items of a list of goals do not share their subject across it.</summary>
internal sealed record BreakToken(int Position) : Token(Position, Position + 1);

/// <summary>Builds the token sequence of a sentence.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, TextSpan sentence, IndicatorMatcher matcher)
    {
        var tokens = new List<Token>();
        tokens.AddRange(matcher.FindAll(text, sentence.Start, sentence.End).Select(m => new IndicatorToken(m)));
        tokens.AddRange(RankReader.FindAll(text, sentence.Start, sentence.End).Select(r => new RankToken(r)));
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (text[i] is ';' or '；')
            {
                tokens.Add(new BreakToken(i));
            }
        }

        var quantities = QuantityReader.FindAll(text, sentence.Start, sentence.End)
            .Where(q => !tokens.Any(t => t.Start < q.End && q.Start < t.End))
            .ToList();
        tokens.AddRange(GroupLists(text, quantities));
        tokens.Sort((a, b) => a.Start.CompareTo(b.Start));
        return RemoveOverlaps(tokens);
    }

    /// <summary>Figures separated only by 、 和 及 form one list (kept apart from % and amounts).</summary>
    private static IEnumerable<ValuesToken> GroupLists(string text, List<Quantity> quantities)
    {
        var group = new List<Quantity>();
        foreach (var quantity in quantities)
        {
            if (group.Count > 0
                && (group[^1].IsPercent != quantity.IsPercent
                    || !LinkingText.SeparatesList(text[group[^1].End..quantity.Start])))
            {
                yield return new ValuesToken(group);
                group = [];
            }

            group.Add(quantity);
        }

        if (group.Count > 0)
        {
            yield return new ValuesToken(group);
        }
    }

    private static List<Token> RemoveOverlaps(List<Token> sorted)
    {
        var result = new List<Token>(sorted.Count);
        foreach (var token in sorted)
        {
            if (result.Count == 0 || token.Start >= result[^1].End)
            {
                result.Add(token);
            }
        }

        return result;
    }
}
