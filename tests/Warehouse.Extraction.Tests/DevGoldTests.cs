using Warehouse.Extraction.Tests.Scoring;
using Warehouse.Testing;
using Xunit.Abstractions;

namespace Warehouse.Extraction.Tests;

/// <summary>
/// The quality bar of issue 11 on real documents nobody tuned a rule for: every document of
/// tests/corpus/dev (State Council reports, local report texts, news relaying a report, traditional
/// script, look-alike negatives) read by the real reader and extractor and scored against its gold
/// with score.py's rules. The output lists every missed, wrong and invented fact. Thresholds are
/// just below what the pipeline reaches on the 114 documents (23 of them held out until every rule
/// was written); raise them as it improves, never lower them, and never below the issue's bars:
/// F1 0.85, precision 0.93, reports found 95%, negatives flagged 0, target F1 0.85.
/// </summary>
public sealed class DevGoldTests(ITestOutputHelper output)
{
    private static readonly Lazy<ScoreReport> DevScore = new(() => CorpusScoring.Score(RepoPaths.DevDocs, RepoPaths.DevGold));

    [Fact]
    public void Reports_are_found_and_negatives_are_not_taken_for_reports()
    {
        var score = DevScore.Value;
        output.WriteLine(score.Describe(maxErrors: 0));

        Assert.True(score.Reports.FoundShare >= 0.96, $"reports found {score.Reports.Found} of {score.Reports.GoldReports} < 96%");
        Assert.Equal(0, score.Reports.NegativesFlagged);
    }

    [Fact]
    public void Overall_F1_and_precision_hold_the_bar()
    {
        var score = DevScore.Value;
        output.WriteLine(score.Describe(maxErrors: int.MaxValue));

        Assert.True(score.Total.F1 >= 0.96, $"overall F1 {score.Total.F1:0.000} < 0.96");
        Assert.True(score.Total.Precision >= 0.97, $"overall precision {score.Total.Precision:0.000} < 0.97");
        Assert.True(score.Total.F1Strict >= 0.93, $"overall strict F1 {score.Total.F1Strict:0.000} < 0.93");
    }

    [Fact]
    public void Target_facts_hold_the_bar()
    {
        var score = DevScore.Value;
        output.WriteLine(score.Describe(maxErrors: 0));

        Assert.True(score.Kind("target").F1 >= 0.97, $"target F1 {score.Kind("target").F1:0.000} < 0.97");
    }
}
