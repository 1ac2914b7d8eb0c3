using Warehouse.Extraction;
using Warehouse.Extraction.Lexicon;
using Warehouse.Identification;
using Warehouse.Regions;

namespace Warehouse.Pipeline;

/// <summary>The nightly run with the real stages, as the CLI and the scheduler use it.</summary>
public static class DefaultNightlyRun
{
    public static NightlyRun Create(LoadBatchLimits? batchLimits = null) =>
        new(
            new ExtractorOnFirstUse(() => new IntakeReportExtractor(new ReportReader(), new FactExtractor())),
            new ReferenceData(new Lazy<Gazetteer>(Gazetteer.Load), IndicatorLexicon.Default),
            new RankingWorkbooks(),
            TimeProvider.System,
            batchLimits);

    /// <summary>
    /// Builds the extractor when the first file is extracted: its gazetteer, cue lists and patterns
    /// take a few tenths of a second to load, which a run with nothing new should not spend.
    /// </summary>
    private sealed class ExtractorOnFirstUse(Func<IReportExtractor> create) : IReportExtractor
    {
        private readonly Lazy<IReportExtractor> _extractor = new(create);

        public FileExtraction Extract(string path) => _extractor.Value.Extract(path);
    }
}
