using Warehouse.Extraction.Tests.Scoring;
using Warehouse.Testing;
using Xunit.Abstractions;

namespace Warehouse.Extraction.Tests;

/// <summary>
/// The quality bar of issue 4: the real reader and extractor over the seed reports, scored against
/// the gold facts with score.py's rules. The output lists every error (missed, wrong, invented,
/// with evidence) so the next fix is obvious. Thresholds are what the extractor reaches; raise
/// them as it improves, never lower them.
/// </summary>
public sealed class SeedGoldTests(ITestOutputHelper output)
{
    private static readonly Lazy<ScoreReport> SeedScore = new(() => CorpusScoring.Score(RepoPaths.Seeds, RepoPaths.Gold));

    [Fact]
    public void Overall_F1_and_precision_hold_the_bar()
    {
        var score = SeedScore.Value;
        output.WriteLine(score.Describe(maxErrors: 200));

        Assert.True(score.Total.F1 >= 0.98, $"overall F1 {score.Total.F1:0.000} < 0.98");
        Assert.True(score.Total.Precision >= 0.99, $"overall precision {score.Total.Precision:0.000} < 0.99");
    }

    [Fact]
    public void Actual_and_target_facts_hold_the_bar()
    {
        var score = SeedScore.Value;
        output.WriteLine(score.Describe(maxErrors: 0));

        Assert.True(score.Kind("actual").F1 >= 0.97, $"actual F1 {score.Kind("actual").F1:0.000} < 0.97");
        Assert.True(score.Kind("target").F1 >= 0.995, $"target F1 {score.Kind("target").F1:0.000} < 0.995");
    }

    [Fact]
    public void Every_kind_is_found_and_strict_scores_stay_close()
    {
        var score = SeedScore.Value;
        output.WriteLine(score.Describe(maxErrors: 0));

        foreach (var kind in GoldScorer.AllKinds)
        {
            Assert.True(score.Kind(kind).F1 >= 0.95, $"{kind} F1 {score.Kind(kind).F1:0.000} < 0.95");
        }

        Assert.True(score.Total.F1Strict >= 0.98, $"overall strict F1 {score.Total.F1Strict:0.000} < 0.98");
    }
}
