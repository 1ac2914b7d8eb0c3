using System.Net;
using System.Text;

namespace Warehouse.Text;

/// <summary>
/// The readable text of an HTML page: block elements become line breaks, script, style and the
/// page's navigation, header and footer are dropped, entities are decoded. A single forward pass
/// with plain index searches (no regular expressions, no DOM), so unclosed tags, huge attributes
/// and junk nesting cost linear time and never throw.
/// </summary>
public static class HtmlToText
{
    /// <summary>
    /// Elements whose content is never text for a reader, including ruby annotations (the pinyin of
    /// <c>&lt;ruby&gt;實&lt;rp&gt;(&lt;/rp&gt;&lt;rt&gt;shí&lt;/rt&gt;&lt;rp&gt;)&lt;/rp&gt;&lt;/ruby&gt;</c> would split every word).
    /// </summary>
    private static readonly HashSet<string> RawContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "select", "textarea", "rt", "rp",
    };

    /// <summary>Page furniture: dropped with everything inside when they are closed properly.</summary>
    private static readonly HashSet<string> Furniture = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "header", "footer", "aside", "form", "button", "menu",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "body", "br", "caption", "center", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html",
        "li", "main", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "title", "tr", "ul",
    };

    private static readonly HashSet<string> Cells = new(StringComparer.OrdinalIgnoreCase) { "td", "th" };

    public static string Convert(string html)
    {
        var output = new StringBuilder(html.Length / 2);
        var text = new StringBuilder();
        var closeSearch = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                text.Append(html, i, html.Length - i);
                break;
            }

            text.Append(html, i, lt - i);
            i = ReadMarkup(html, lt, output, text, closeSearch);
        }

        FlushText(text, output);
        return Tidy(output);
    }

    /// <summary>Handles the markup that starts at <paramref name="lt"/>; returns where text resumes.</summary>
    private static int ReadMarkup(string html, int lt, StringBuilder output, StringBuilder text, Dictionary<string, int> closeSearch)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var endComment = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return endComment < 0 ? html.Length : endComment + 3;
        }

        var gt = html.IndexOf('>', lt + 1);
        if (gt < 0)
        {
            // No tag can close any more: the rest is text, as a browser would show it.
            text.Append(html, lt, html.Length - lt);
            return html.Length;
        }

        var (name, closing) = TagName(html, lt + 1, gt);
        if (name.Length == 0)
        {
            if (!closing && lt + 1 < html.Length && html[lt + 1] is not ('!' or '?'))
            {
                text.Append('<');
                return lt + 1;
            }

            return gt + 1;
        }

        var selfClosing = html[gt - 1] == '/';
        if (!closing && !selfClosing && RawContent.Contains(name))
        {
            var close = FindClose(html, name, gt + 1, closeSearch);
            return close < 0 ? html.Length : SkipPast(html, close);
        }

        if (!closing && !selfClosing && Furniture.Contains(name))
        {
            var close = FindClose(html, name, gt + 1, closeSearch);
            if (close >= 0)
            {
                FlushText(text, output);
                output.Append('\n');
                return SkipPast(html, close);
            }

            return gt + 1;
        }

        if (Blocks.Contains(name))
        {
            FlushText(text, output);
            output.Append('\n');
        }
        else if (Cells.Contains(name))
        {
            text.Append(' ');
        }

        return gt + 1;
    }

    private static (string Name, bool Closing) TagName(string html, int start, int end)
    {
        var closing = start < end && html[start] == '/';
        var nameStart = closing ? start + 1 : start;
        var nameEnd = nameStart;
        while (nameEnd < end && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
        {
            nameEnd++;
        }

        var startsWithLetter = nameEnd > nameStart && char.IsAsciiLetter(html[nameStart]);
        return (startsWithLetter ? html[nameStart..Math.Min(nameEnd, nameStart + 32)] : "", closing);
    }

    /// <summary>
    /// Index of the next "&lt;/name" at or after <paramref name="from"/>, or -1. Remembers the last
    /// answer per name so a page full of unclosed tags is still searched once, not once per tag.
    /// </summary>
    private static int FindClose(string html, string name, int from, Dictionary<string, int> closeSearch)
    {
        if (closeSearch.TryGetValue(name, out var known) && (known < 0 || known >= from))
        {
            return known;
        }

        var found = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        closeSearch[name] = found;
        return found;
    }

    private static int SkipPast(string html, int closeTag)
    {
        var gt = html.IndexOf('>', closeTag);
        return gt < 0 ? html.Length : gt + 1;
    }

    /// <summary>Collapses the HTML whitespace of a text run, decodes its entities and appends it.</summary>
    private static void FlushText(StringBuilder text, StringBuilder output)
    {
        if (text.Length == 0)
        {
            return;
        }

        var decoded = WebUtility.HtmlDecode(text.ToString());
        text.Clear();
        var lastWasSpace = output.Length == 0 || output[^1] is '\n' or ' ';
        foreach (var c in decoded)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (!lastWasSpace)
                {
                    output.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            output.Append(c);
            lastWasSpace = false;
        }
    }

    /// <summary>Trims each line and drops empty ones: one line per block of text.</summary>
    private static string Tidy(StringBuilder output) =>
        string.Join('\n', output.ToString().Split('\n').Select(line => line.Trim(' ')).Where(line => line.Length > 0));
}
