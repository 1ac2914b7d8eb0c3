using System.Globalization;
using System.Text.RegularExpressions;
using Warehouse.DataFiles;

namespace Warehouse.Identification;

/// <summary>Where in a document a cue is looked for (see Data/document_cues.tsv).</summary>
public enum CueScope
{
    /// <summary>The header and the speech's first sentence; for a text without a speech, its start.</summary>
    Title,

    /// <summary>A whole line of the title.</summary>
    TitleLine,

    /// <summary>The whole document.</summary>
    Text,

    /// <summary>A whole line of the document.</summary>
    Line,
}

/// <summary>
/// One cue: evidence for <paramref name="Cue"/> (a document kind's name, or one of the
/// <see cref="DocumentCues"/> constants), holding when <paramref name="Pattern"/> matches at least
/// <paramref name="MinCount"/> times in its scope (different texts each time when <paramref name="Different"/>).
/// </summary>
public sealed record DocumentCue(string Cue, CueScope Scope, int MinCount, bool Different, Regex Pattern)
{
    /// <summary>The first match when the cue holds in its scope, else null.</summary>
    public Match? Find(string title, string text)
    {
        var where = Scope is CueScope.Title or CueScope.TitleLine ? title : text;
        var first = Pattern.Match(where);
        if (!first.Success || MinCount <= 1)
        {
            return first.Success ? first : null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { first.Value };
        var count = 1;
        for (var next = first.NextMatch(); next.Success && count < MinCount; next = next.NextMatch())
        {
            count += !Different || seen.Add(next.Value) ? 1 : 0;
        }

        return count >= MinCount ? first : null;
    }
}

/// <summary>
/// The cues of Data/document_cues.tsv (an embedded resource a linguist can edit), in file order.
/// </summary>
public sealed class DocumentCues(IReadOnlyList<DocumentCue> cues)
{
    /// <summary>The title names the government's work report or the government as speaker.</summary>
    public const string GovernmentReport = "government_report";

    /// <summary>The text reports a people's congress session.</summary>
    public const string Meeting = "meeting";

    /// <summary>A figure of the kind reports state.</summary>
    public const string Figure = "figure";

    private const string ResourceName = "Warehouse.Identification.document_cues.tsv";

    // A guard against a pattern in the data file that backtracks without end, not a time budget:
    // the clock is the wall's, and on a busy machine the first match (which compiles the pattern)
    // took over a second, failing good documents.
    private static readonly TimeSpan CueMatchTimeout = TimeSpan.FromSeconds(30);

    public static DocumentCues Default { get; } = Load();

    public IReadOnlyList<DocumentCue> All { get; } = cues;

    /// <summary>The first cue named <paramref name="cue"/> that holds, with its match.</summary>
    public Match? Find(string cue, string title, string text)
    {
        foreach (var candidate in All)
        {
            if (candidate.Cue == cue && candidate.Find(title, text) is { } match)
            {
                return match;
            }
        }

        return null;
    }

    public static DocumentCues Parse(TextReader reader)
    {
        var cues = new List<DocumentCue>();
        foreach (var fields in TabSeparatedRows.Read(reader, "document_cues.tsv", columns: 4))
        {
            if (fields[0] is not (GovernmentReport or Meeting or Figure) && DocumentKinds.Parse(fields[0]) is null)
            {
                throw new InvalidDataException($"document_cues.tsv: unknown cue '{fields[0]}'.");
            }

            var scope = fields[1] switch
            {
                "title" => CueScope.Title,
                "title_line" => CueScope.TitleLine,
                "text" => CueScope.Text,
                "line" => CueScope.Line,
                _ => throw new InvalidDataException($"document_cues.tsv: unknown scope '{fields[1]}'."),
            };
            var pattern = scope is CueScope.Line or CueScope.TitleLine ? $"(?m)^(?:{fields[3]})$" : fields[3];
            var count = fields[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (count.Length is < 1 or > 2 || !int.TryParse(count[0], NumberStyles.None, CultureInfo.InvariantCulture, out var minCount)
                || (count.Length == 2 && count[1] != "different"))
            {
                throw new InvalidDataException($"document_cues.tsv: count '{fields[2]}' is not a number or 'N different'.");
            }

            cues.Add(new DocumentCue(
                fields[0],
                scope,
                minCount,
                count.Length == 2,
                new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, CueMatchTimeout)));
        }

        return new DocumentCues(cues);
    }

    private static DocumentCues Load()
    {
        using var stream = typeof(DocumentCues).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
