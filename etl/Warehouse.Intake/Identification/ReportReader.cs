using Warehouse.Regions;
using Warehouse.Sources;
using Warehouse.Text;

namespace Warehouse.Identification;

/// <summary>
/// The intake stage end to end: scans paths (folders recursively), decodes each file, strips
/// HTML, and identifies the reports in it. One file's trouble never stops the others: it comes
/// back as a <see cref="FileReports.Skipped"/> with its reason.
/// </summary>
public sealed class ReportReader(SourceScanner scanner, ReportIdentifier identifier)
{
    /// <summary>A reader with the default limits and the embedded OpenCC tables and gazetteer.</summary>
    public ReportReader()
        : this(new SourceScanner(), new ReportIdentifier(new TextNormalizer(), new RegionResolver(Gazetteer.Load())))
    {
    }

    public IEnumerable<FileReports> Read(params IEnumerable<string> paths) => Scan(paths).Select(Identify);

    /// <summary>
    /// One file's reports, as <see cref="Read"/> gives them for its path, without the folder walk
    /// (a run reads its files one by one, after its own scan).
    /// </summary>
    public FileReports ReadFile(string path) => File.Exists(path) ? Identify(scanner.Read(path)) : Read(path).Single();

    /// <summary>
    /// The files under the paths, read and decoded but not yet identified: a caller that works on
    /// several cores identifies them there (<see cref="Identify(ScanResult)"/>), since
    /// identification costs more than reading.
    /// </summary>
    public IEnumerable<ScanResult> Scan(params IEnumerable<string> paths) => scanner.Scan(paths);

    /// <summary>The reports in a scanned file, or the reason it was skipped.</summary>
    public FileReports Identify(ScanResult scanned) => scanned switch
    {
        SourceFile source => IdentifySource(source),
        SkippedFile skipped => new FileReports(skipped.Path, [], skipped),
        _ => throw new InvalidOperationException($"Unknown scan result {scanned.GetType().Name}."),
    };

    /// <summary>Only the reports (negatives included) under the paths; skipped files are dropped.</summary>
    public IEnumerable<WorkReport> ReadReports(params IEnumerable<string> paths) =>
        Read(paths).SelectMany(file => file.Reports);

    private FileReports IdentifySource(SourceFile source)
    {
        try
        {
            var text = source.Kind == SourceKind.Html ? HtmlToText.Convert(source.Text) : source.Text;
            var reports = identifier.Identify(source.Path, source.ContentHash, text);
            // Every file is accounted for: one with no text at all (a page of markup and scripts) is skipped with that reason.
            return reports.Count > 0
                ? new FileReports(source.Path, reports, null)
                : new FileReports(source.Path, [], new SkippedFile(source.Path, "no text to read once markup is removed"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug met on one file's content must not cost the rest of the run.
            return new FileReports(source.Path, [], new SkippedFile(source.Path, $"failed while identifying reports: {e.GetType().Name}: {e.Message}"));
        }
    }
}
