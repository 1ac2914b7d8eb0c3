using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Warehouse.Text;

/// <summary>
/// The readable text of an HTML page. AngleSharp's HTML5 tokenizer reads the markup the way a
/// browser does (entities, attributes, comments, script and style content); this class turns its
/// tokens into lines: block elements become line breaks, table cells are separated by a space,
/// script, style, form controls and the page's navigation, header, footer and aside are dropped
/// (a header or footer inside an article or main belongs to it and stays), and so are ruby
/// annotations (the pinyin of <c>&lt;ruby&gt;實&lt;rp&gt;(&lt;/rp&gt;&lt;rt&gt;shí&lt;/rt&gt;&lt;rp&gt;)&lt;/rp&gt;&lt;/ruby&gt;</c>
/// would split every word).
/// <para>
/// Why tokens and not AngleSharp's DOM: the HTML5 tree builder checks element scopes against
/// every open element, so a page of 200,000 unclosed elements takes minutes to parse; over the
/// tokens every page costs linear time. Two departures from a browser keep report text that a
/// broken page would hide: a script, style, title or textarea never closed ends at the next tag
/// (a browser would swallow the rest of the page into it), and a dropped element that holds most
/// of the page's text is kept (an unclosed &lt;nav&gt; at the top would otherwise take the report).
/// </para>
/// </summary>
public static class HtmlToText
{
    /// <summary>Elements whose content is never text for a reader, and not the page's furniture either.</summary>
    private static readonly HashSet<string> NeverText = new(StringComparer.Ordinal)
    {
        "noscript", "template", "svg", "math", "object", "canvas", "select", "button", "audio", "video", "map", "datalist",
    };

    /// <summary>
    /// Ruby annotations: dropped without a line break, since they sit inside a word. Their end tags
    /// are optional, so one ends at the next annotation, at the end of its ruby or at a block.
    /// </summary>
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal) { "rt", "rp" };

    /// <summary>Page furniture: dropped with everything inside.</summary>
    private static readonly HashSet<string> Furniture = new(StringComparer.Ordinal) { "nav", "header", "footer", "aside", "menu" };

    /// <summary>Furniture that belongs to the content when it sits inside one of these.</summary>
    private static readonly HashSet<string> Content = new(StringComparer.Ordinal) { "article", "main" };

    private static readonly HashSet<string> OwnedByContent = new(StringComparer.Ordinal) { "header", "footer" };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
        "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead",
        "tfoot", "title", "tr", "ul", "xmp", "plaintext",
    };

    private static readonly HashSet<string> Cells = new(StringComparer.Ordinal) { "td", "th" };

    /// <summary>Elements that never have content or an end tag.</summary>
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>How the tokenizer reads an element's content (as the HTML5 tree builder would tell it), and whether that content is text for a reader.</summary>
    private static readonly Dictionary<string, (HtmlParseMode Mode, bool Shown)> RawContent = new(StringComparer.Ordinal)
    {
        ["script"] = (HtmlParseMode.Script, false),
        ["style"] = (HtmlParseMode.Rawtext, false),
        ["iframe"] = (HtmlParseMode.Rawtext, false),
        ["noembed"] = (HtmlParseMode.Rawtext, false),
        ["noframes"] = (HtmlParseMode.Rawtext, false),
        ["xmp"] = (HtmlParseMode.Rawtext, true),
        ["textarea"] = (HtmlParseMode.RCData, false),
        ["title"] = (HtmlParseMode.RCData, true),
        ["plaintext"] = (HtmlParseMode.Plaintext, true),
    };

    /// <summary>The raw-content elements a page may forget to close (plaintext has no end tag).</summary>
    private static readonly string[] Closable = [.. RawContent.Keys.Where(name => name != "plaintext")];

    public static string Convert(string html)
    {
        var page = new PageText();
        var tokenizer = new HtmlTokenizer(new TextSource(EndUnclosedRawContent(html)), HtmlEntityProvider.Resolver);
        string? rawElement = null;
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            switch (token.Type)
            {
                case HtmlTokenType.Character when rawElement is null || RawContent[rawElement].Shown:
                    page.Text(token.Data);
                    break;
                case HtmlTokenType.StartTag:
                    var tag = token.AsTag();
                    if (RawContent.TryGetValue(tag.Name, out var raw))
                    {
                        rawElement = tag.Name;
                        tokenizer.State = raw.Mode;
                    }

                    page.Open(tag.Name, tag.IsSelfClosing || Void.Contains(tag.Name));
                    break;
                case HtmlTokenType.EndTag:
                    rawElement = rawElement == token.Name ? null : rawElement;
                    page.Close(token.Name);
                    break;
            }
        }

        return page.Finish();
    }

    /// <summary>
    /// A &lt;script&gt; (or style, title, textarea…) opened after the last end tag of its kind runs
    /// to the end of the page for the tokenizer. It is closed before the next tag instead, so the
    /// page after it stays text; the code before that tag is still dropped with the element.
    /// </summary>
    private static string EndUnclosedRawContent(string html)
    {
        foreach (var name in Closable)
        {
            var lastClose = html.LastIndexOf("</" + name, StringComparison.OrdinalIgnoreCase);
            var open = IndexOfStartTag(html, name, lastClose < 0 ? 0 : lastClose + name.Length + 2);
            var startTagEnd = open < 0 ? -1 : html.IndexOf('>', open);
            var nextTag = startTagEnd < 0 ? -1 : IndexOfTag(html, startTagEnd + 1);
            if (nextTag >= 0)
            {
                html = html.Insert(nextTag, $"</{name}>");
            }
        }

        return html;
    }

    /// <summary>Where "&lt;name" starts a start tag at or after <paramref name="from"/>, or -1.</summary>
    private static int IndexOfStartTag(string html, string name, int from)
    {
        for (var at = html.IndexOf("<" + name, from, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = html.IndexOf("<" + name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var after = at + name.Length + 1;
            if (after == html.Length || html[after] is '>' or '/' || IsHtmlSpace(html[after]))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>Where the next tag (start, end, comment or doctype) begins at or after <paramref name="from"/>, or -1.</summary>
    private static int IndexOfTag(string html, int from)
    {
        for (var at = html.IndexOf('<', from); at >= 0 && at + 1 < html.Length; at = html.IndexOf('<', at + 1))
        {
            if (char.IsAsciiLetter(html[at + 1]) || html[at + 1] is '/' or '!')
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>HTML's inter-element whitespace (a no-break space is text).</summary>
    private static bool IsHtmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>
    /// The page's text as it arrives, each piece in the innermost dropped element (a region) open
    /// at the time. Whether a region is shown is known only at the end, when its share of the
    /// page's text is, so pieces are kept as references and joined in <see cref="Finish"/>.
    /// </summary>
    private sealed class PageText
    {
        private const string LineBreak = "\n";

        private readonly Region _page = new("", null);
        private readonly List<Region> _regions = [];
        private readonly List<(string Text, Region Region)> _pieces = [];
        private readonly Stack<Region> _open = new();
        private readonly Dictionary<string, int> _openByName = new(StringComparer.Ordinal);
        private int _contentDepth;
        private bool _inAnnotation;

        private Region Current => _open.Count > 0 ? _open.Peek() : _page;

        public void Text(string text)
        {
            if (_inAnnotation)
            {
                return;
            }

            _pieces.Add((text, Current));
            foreach (var c in text)
            {
                Current.Length += IsHtmlSpace(c) ? 0 : 1;
            }
        }

        public void Open(string name, bool empty)
        {
            Separate(name);
            if (empty)
            {
                return;
            }

            if (Annotations.Contains(name))
            {
                _inAnnotation = true;
                return;
            }

            _contentDepth += Content.Contains(name) ? 1 : 0;
            var furniture = Furniture.Contains(name) && !(_contentDepth > 0 && OwnedByContent.Contains(name));
            if (furniture || NeverText.Contains(name))
            {
                // Text on either side of a dropped element must not run together.
                _pieces.Add((LineBreak, Current));
                var region = new Region(name, Current);
                _regions.Add(region);
                _open.Push(region);
                _openByName[name] = _openByName.GetValueOrDefault(name) + 1;
            }
        }

        public void Close(string name)
        {
            _inAnnotation &= !(Annotations.Contains(name) || name == "ruby" || Blocks.Contains(name));
            if (Content.Contains(name) && _contentDepth > 0)
            {
                _contentDepth--;
            }

            // An end tag closes the innermost open element of its name and what was left open inside it.
            if (_openByName.GetValueOrDefault(name) > 0)
            {
                Region closed;
                do
                {
                    closed = CloseInnermost();
                }
                while (closed.Name != name);
            }

            Separate(name);
        }

        public string Finish()
        {
            while (_open.Count > 0)
            {
                CloseInnermost();
            }

            // Regions were created parent first, so each parent is decided before its children.
            _page.Shown = true;
            foreach (var region in _regions)
            {
                region.Shown = region.Parent!.Shown && region.Length * 2 > _page.Length;
            }

            var output = new StringBuilder();
            foreach (var (text, _) in _pieces.Where(piece => piece.Region.Shown))
            {
                Append(output, text);
            }

            // Each line trimmed, empty ones dropped: one line per block of text.
            return string.Join('\n', output.ToString().Split('\n').Select(line => line.Trim(' ')).Where(line => line.Length > 0));
        }

        private Region CloseInnermost()
        {
            var region = _open.Pop();
            _openByName[region.Name]--;
            region.Parent!.Length += region.Length;
            return region;
        }

        private void Separate(string name)
        {
            if (Blocks.Contains(name))
            {
                _inAnnotation = false;
                _pieces.Add((LineBreak, Current));
            }
            else if (Cells.Contains(name))
            {
                _pieces.Add((" ", Current));
            }
        }

        /// <summary>Appends a piece, collapsing HTML whitespace to one space; a line break stays a line break.</summary>
        private static void Append(StringBuilder output, string text)
        {
            if (ReferenceEquals(text, LineBreak))
            {
                output.Append('\n');
                return;
            }

            var lastWasSpace = output.Length == 0 || output[^1] is '\n' or ' ';
            foreach (var c in text)
            {
                if (!IsHtmlSpace(c))
                {
                    output.Append(c);
                    lastWasSpace = false;
                }
                else if (!lastWasSpace)
                {
                    output.Append(' ');
                    lastWasSpace = true;
                }
            }
        }
    }

    /// <summary>A dropped element and the visible characters inside it (its children's included once they close).</summary>
    private sealed class Region(string name, Region? parent)
    {
        public string Name { get; } = name;

        public Region? Parent { get; } = parent;

        public int Length { get; set; }

        public bool Shown { get; set; }
    }
}
