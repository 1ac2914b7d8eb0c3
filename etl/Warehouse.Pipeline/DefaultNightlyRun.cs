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
            new IntakeReportExtractor(new ReportReader(), new FactExtractor()),
            new ReferenceData(Gazetteer.Load(), IndicatorLexicon.Default),
            new RankingWorkbooks(),
            TimeProvider.System,
            batchLimits);
}
