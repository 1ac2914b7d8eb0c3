namespace Warehouse.Identification;

/// <summary>
/// What a document is, as far as the warehouse cares: a government work report in one of the forms
/// the web holds it, or a look-alike that is not one (and so gives no facts).
/// </summary>
public enum DocumentKind
{
    /// <summary>The report's own text with its title line (…政府工作报告).</summary>
    FullReport,

    /// <summary>The report's own text without a title: it starts at the meeting line, the speaker or 各位代表.</summary>
    UntitledReport,

    /// <summary>The State Council's report to the National People's Congress (region 中华人民共和国).</summary>
    NationalReport,

    /// <summary>A page that relays a report's figures: news of the meeting (X在报告中说), a summary, an excerpt, 图解.</summary>
    RelayedReport,

    /// <summary>Negative: a statistics bureau's 统计公报 (or one in its shape), not the government's report.</summary>
    StatisticalBulletin,

    /// <summary>Negative: the plan or budget execution report (计划执行情况, 预算执行情况) given at the same congress.</summary>
    ExecutionReport,

    /// <summary>Negative: the people's congress standing committee's, the CPPCC's, a court's or procuratorate's work report, or a Party congress report.</summary>
    CongressReport,

    /// <summary>Negative: a company's, a bureau's or another organisation's work report.</summary>
    OrganisationReport,

    /// <summary>Negative: a story that mimics a report.</summary>
    Fiction,

    /// <summary>Negative: a template with xx placeholders where names and figures belong.</summary>
    Template,

    /// <summary>Negative: comments on a report (study notes, reflections), relaying no report of its own region.</summary>
    Commentary,

    /// <summary>Negative: no report and no relayed report figures at all, or a township's report.</summary>
    NotAReport,
}

/// <summary>The names outputs use for document kinds (extract's document_kind, the warehouse), and what each kind means.</summary>
public static class DocumentKinds
{
    public static bool IsReport(this DocumentKind kind) =>
        kind is DocumentKind.FullReport or DocumentKind.UntitledReport or DocumentKind.NationalReport or DocumentKind.RelayedReport;

    public static string Name(this DocumentKind kind) => kind switch
    {
        DocumentKind.FullReport => "full_report",
        DocumentKind.UntitledReport => "untitled_report",
        DocumentKind.NationalReport => "national_report",
        DocumentKind.RelayedReport => "relayed_report",
        DocumentKind.StatisticalBulletin => "statistical_bulletin",
        DocumentKind.ExecutionReport => "execution_report",
        DocumentKind.CongressReport => "congress_report",
        DocumentKind.OrganisationReport => "organisation_report",
        DocumentKind.Fiction => "fiction",
        DocumentKind.Template => "template",
        DocumentKind.Commentary => "commentary",
        DocumentKind.NotAReport => "not_a_report",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind a name stands for (the inverse of <see cref="Name"/>), for data files.</summary>
    public static DocumentKind? Parse(string name) => ByName.TryGetValue(name, out var kind) ? kind : null;

    // Built once: the classifier parses every cue's kind for every document.
    private static readonly Dictionary<string, DocumentKind> ByName =
        Enum.GetValues<DocumentKind>().ToDictionary(kind => kind.Name(), StringComparer.Ordinal);
}
