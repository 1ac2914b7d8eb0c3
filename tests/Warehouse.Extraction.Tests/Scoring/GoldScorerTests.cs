using Warehouse.Extraction.Tests.Scoring;

namespace Warehouse.Extraction.Tests.Scoring;

/// <summary>The C# scorer must apply score.py's rules; these cases pin them down on tiny inputs.</summary>
public sealed class GoldScorerTests
{
    private const string GoldReport = """{"type":"report","report_id":"a-2021","region":"甲县","region_code":"100001","report_year":2021}""";

    private static (List<ReportLine>, List<FactLine>) Lines(string file, params string[] lines) => ScoringLines.Load(file, lines);

    [Fact]
    public void Gold_scored_against_itself_is_perfect()
    {
        string[] lines =
        [
            GoldReport,
            """{"type":"fact","report_id":"a-2021","indicator":"gdp","kind":"actual","year":2020,"measure":"growth_pct","value":4.1,"unit":"%","qualifier":"exact","estimate":false}""",
            """{"type":"fact","report_id":"a-2021","indicator":"fai","kind":"rank","year":2020,"measure":"growth_rank","value":1,"unit":null,"scope":"city"}""",
        ];

        var score = GoldScorer.Score(Lines("gold.jsonl", lines), Lines("predicted.jsonl", lines));

        Assert.Equal(1.0, score.Total.F1, 6);
        Assert.Empty(score.Errors);
    }

    [Fact]
    public void Reports_match_by_region_code_and_year_and_values_within_tolerance()
    {
        var gold = Lines("g", GoldReport,
            """{"type":"fact","report_id":"a-2021","indicator":"gdp","kind":"actual","year":2020,"measure":"level","value":945.42,"unit":"亿元"}""",
            """{"type":"fact","report_id":"a-2021","indicator":"fai","kind":"actual","year":2020,"measure":"growth_pct","value":19.7,"unit":"%"}""");
        var predicted = Lines("p",
            """{"type":"report","report_id":"other-id","region":"别名","region_code":"100001","report_year":2021}""",
            """{"type":"fact","indicator":"gdp","kind":"actual","year":2020,"measure":"level","value":945.4201,"unit":"亿元","qualifier":"about"}""",
            """{"type":"fact","indicator":"fai","kind":"actual","year":2020,"measure":"growth_pct","value":19.8,"unit":"%"}""",
            """{"type":"fact","indicator":"retail","kind":"actual","year":2020,"measure":"growth_pct","value":1,"unit":"%"}""",
            """{"type":"fact","indicator":"not_a_code","kind":"actual","year":2020,"measure":"level","value":1}""");

        var score = GoldScorer.Score(gold, predicted);

        Assert.Equal(new Score(Gold: 2, Predicted: 3, Right: 1, RightStrict: 0), score.Total);
        Assert.Equal(["FP", "LOOSE", "WRONG"], score.Errors.Select(e => e.Type).Order());
    }

    [Fact]
    public void Facts_of_unmatched_reports_are_false_positives_and_rank_scope_is_part_of_the_key()
    {
        var gold = Lines("g", GoldReport,
            """{"type":"fact","report_id":"a-2021","indicator":"gdp","kind":"rank","year":2020,"measure":"growth_rank","value":3,"scope":"city"}""");
        var predicted = Lines("p",
            """{"type":"report","report_id":"x","region":"甲县","region_code":"100001","report_year":2021}""",
            """{"type":"fact","report_id":"x","indicator":"gdp","kind":"rank","year":2020,"measure":"growth_rank","value":3,"scope":"province"}""",
            """{"type":"report","report_id":"y","region":"乙县","region_code":"100002","report_year":2021}""",
            """{"type":"fact","report_id":"y","indicator":"gdp","kind":"actual","year":2020,"measure":"growth_pct","value":3}""");

        var score = GoldScorer.Score(gold, predicted);

        Assert.Equal(0, score.Total.Right);
        Assert.Equal(2, score.Errors.Count(e => e.Type == "FP"));
        Assert.Single(score.Errors, e => e.Type == "FN");
    }

    [Fact]
    public void Reports_found_and_negatives_flagged_are_counted_as_score_py_counts_them()
    {
        var gold = Lines("g", GoldReport,
            """{"type":"report","report_id":"b-2021","region":"乙县","region_code":"100002","report_year":2021}""",
            """{"type":"report","report_id":"c-neg","negative":true,"region":null,"region_code":null,"report_year":null}""");
        var predicted = Lines("p",
            """{"type":"report","report_id":"x","region":"甲县","region_code":"100001","report_year":2021}""",
            """{"type":"report","report_id":"y","region":"乙县","region_code":"100002","report_year":2021,"negative":true}""",
            """{"type":"report","report_id":"z","region":null,"region_code":null,"report_year":null}""");

        var score = GoldScorer.Score(gold, predicted);

        Assert.Equal(new ReportCounts(GoldReports: 2, Found: 1, NegativesFlagged: 1), score.Reports);
    }
}
