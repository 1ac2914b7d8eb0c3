using System.Text.RegularExpressions;

namespace Warehouse.Identification;

/// <summary>What a document is, and for a negative why (with the words that show it).</summary>
public sealed record DocumentClassification(DocumentKind Kind, string? NegativeReason);

/// <summary>
/// The gate between intake and extraction: decides what kind of document a text is from the cues of
/// Data/document_cues.tsv. Look-alikes are tried first, in the file's order (a template, a
/// statistical bulletin, a plan or budget execution report, a congress's, an organisation's report,
/// comments, fiction); what is none of them is the report's own text when it has a speech
/// (各位代表…) or a report's section heading, a relayed report when it relays the report (X在报告中说,
/// 作政府工作报告, 摘要) or reports a congress session with figures, and otherwise not a report.
/// Whether a report is the State Council's is the region's business, not the classifier's.
/// </summary>
public sealed class DocumentClassifier(DocumentCues cues)
{
    /// <summary>How long a quoted piece of evidence may be.</summary>
    private const int EvidenceLength = 40;

    public DocumentClassifier()
        : this(DocumentCues.Default)
    {
    }

    /// <param name="title">The document's title area (see <see cref="CueScope.Title"/>).</param>
    /// <param name="text">The whole document.</param>
    /// <param name="hasSpeech">Whether the splitter found the report's speech (a header with 各位代表, or its first sentence).</param>
    /// <param name="hasTitle">Whether the report's header has a title line.</param>
    public DocumentClassification Classify(string title, string text, bool hasSpeech, bool hasTitle)
    {
        var governmentReport = cues.Find(DocumentCues.GovernmentReport, title, text) is not null;
        foreach (var cue in cues.All)
        {
            if (DocumentKinds.Parse(cue.Cue) is not { } kind || kind.IsReport()
                || (governmentReport && kind is DocumentKind.ExecutionReport or DocumentKind.CongressReport or DocumentKind.OrganisationReport))
            {
                continue;
            }

            if (cue.Find(title, text) is { } match)
            {
                return new DocumentClassification(kind, Reason(kind, match));
            }
        }

        if (hasSpeech)
        {
            return new DocumentClassification(hasTitle ? DocumentKind.FullReport : DocumentKind.UntitledReport, null);
        }

        if (Holds(DocumentKind.UntitledReport, title, text))
        {
            return new DocumentClassification(DocumentKind.UntitledReport, null);
        }

        if (Holds(DocumentKind.RelayedReport, title, text)
            || (cues.Find(DocumentCues.Meeting, title, text) is not null && cues.Find(DocumentCues.Figure, title, text) is not null))
        {
            return new DocumentClassification(DocumentKind.RelayedReport, null);
        }

        return new DocumentClassification(
            DocumentKind.NotAReport,
            "no government work report found (no title, meeting line or 各位代表 opening, and nothing that relays a report)");
    }

    private bool Holds(DocumentKind kind, string title, string text) => cues.Find(kind.Name(), title, text) is not null;

    private static string Reason(DocumentKind kind, Match match)
    {
        var evidence = Evidence(match);
        return kind switch
        {
            DocumentKind.Template => $"template: placeholders such as '{evidence}' where names and figures belong",
            DocumentKind.StatisticalBulletin => $"statistical bulletin (统计公报), not a work report: '{evidence}'",
            DocumentKind.ExecutionReport => $"plan or budget execution report, not the government's work report: '{evidence}'",
            DocumentKind.CongressReport => $"work report of a people's congress standing committee, CPPCC, court, procuratorate or Party congress, not of the government: '{evidence}'",
            DocumentKind.NotAReport => $"a township's report, below the county level: '{evidence}'",
            DocumentKind.OrganisationReport => $"work report of an organisation, not of a government: '{evidence}'",
            DocumentKind.Commentary => $"comments on a work report, not a report: '{evidence}'",
            DocumentKind.Fiction => $"fiction: a story that mimics a work report: '{evidence}'",
            _ => $"{kind.Name()}: '{evidence}'",
        };
    }

    private static string Evidence(Match match)
    {
        var value = match.Value.Trim();
        return value.Length <= EvidenceLength ? value : value[..EvidenceLength] + "…";
    }
}
