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
    private static readonly char[] Semicolons = [';', '；'];

    /// <param name="mentions">The sentence's indicator names (<see cref="IndicatorMatcher.FindAll"/>).</param>
    public static List<Token> Tokenize(string text, TextSpan sentence, IReadOnlyList<IndicatorMention> mentions)
    {
        var tokens = new List<Token>();
        foreach (var mention in mentions)
        {
            tokens.Add(new IndicatorToken(mention));
        }

        foreach (var rank in RankReader.FindAll(text, sentence.Start, sentence.End))
        {
            tokens.Add(new RankToken(rank));
        }

        for (var i = text.IndexOfAny(Semicolons, sentence.Start, sentence.End - sentence.Start); i >= 0; i = text.IndexOfAny(Semicolons, i + 1, sentence.End - i - 1))
        {
            tokens.Add(new BreakToken(i));
        }

        tokens.AddRange(GroupLists(text, QuantityReader.FindAll(text, sentence.Start, sentence.End)));
        SortByStart(tokens);
        return RemoveAliases(text, RemoveOverlaps(tokens));
    }

    /// <summary>
    /// Stable: of tokens starting together the name or rank (added first) wins over a figure. An
    /// insertion sort: a sentence holds a few tokens, each kind already in text order.
    /// </summary>
    private static void SortByStart(List<Token> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var j = i - 1;
            for (; j >= 0 && tokens[j].Start > token.Start; j--)
            {
                tokens[j + 1] = tokens[j];
            }

            tokens[j + 1] = token;
        }
    }

    /// <summary>地区生产总值(GDP): the name in brackets repeats the one before it.</summary>
    private static List<Token> RemoveAliases(string text, List<Token> tokens)
    {
        var result = new List<Token>(tokens.Count);
        foreach (var token in tokens)
        {
            var isAlias = token is IndicatorToken
                && result.Count > 0 && result[^1] is IndicatorToken previous
                && token.Start == previous.End + 1 && text[previous.End] is '(' or '（'
                && token.End < text.Length && text[token.End] is ')' or '）';
            if (!isAlias)
            {
                result.Add(token);
            }
        }

        return result;
    }

    /// <summary>Figures separated only by 、 和 及 form one list (kept apart from % and amounts).</summary>
    private static IEnumerable<ValuesToken> GroupLists(string text, IReadOnlyList<Quantity> quantities)
    {
        var group = new List<Quantity>();
        foreach (var quantity in quantities)
        {
            if (group.Count > 0
                && (group[^1].IsPercent != quantity.IsPercent
                    || !LinkingText.SeparatesList(text[group[^1].End..quantity.Start])))
            {
                yield return new ValuesToken(ShareTrailingQualifier(group));
                group = [];
            }

            group.Add(quantity);
        }

        if (group.Count > 0)
        {
            yield return new ValuesToken(ShareTrailingQualifier(group));
        }
    }

    /// <summary>"分别增长8%和9%左右": a qualifier after the last figure of a list bounds every figure.</summary>
    private static List<Quantity> ShareTrailingQualifier(List<Quantity> group)
    {
        var last = group[^1].Qualifier;
        return group.Count == 1 || last == Qualifier.Exact
            ? group
            : group.Select(q => q.Qualifier == Qualifier.Exact ? q with { Qualifier = last } : q).ToList();
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
