using System.CommandLine;
using System.Globalization;
using Warehouse.Extraction;
using Warehouse.Loading;

namespace Warehouse.Cli.Commands;

/// <summary>
/// `warehouse correct --db PATH --region CODE --indicator X --kind K --year N --measure M
/// (--value V [--value-high H] [--qualifier Q] | --reject) [--note "…"]`: records an analyst's
/// fix in fact_correction. It is keyed by what the fact is about, so it survives every later run.
/// </summary>
internal static class CorrectCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "The DuckDB warehouse file.", Required = true };
        var region = new Option<string>("--region") { Description = "Six-digit GB/T 2260 region code.", Required = true };
        var indicator = new Option<string>("--indicator") { Description = "Indicator code (gdp, fai, …).", Required = true };
        var kind = new Option<string>("--kind") { Description = "actual | target | plan | period_actual.", Required = true };
        var year = new Option<int>("--year") { Description = "Year the fact is about.", Required = true };
        var measure = new Option<string>("--measure") { Description = "level | growth_pct | avg_growth_pct.", Required = true };
        var value = new Option<double?>("--value") { Description = "The corrected value." };
        var valueHigh = new Option<double?>("--value-high") { Description = "High end of a range." };
        var qualifier = new Option<string?>("--qualifier") { Description = "exact | about | at_least | at_most." };
        var reject = new Option<bool>("--reject") { Description = "Drop the fact instead of correcting it." };
        var note = new Option<string?>("--note") { Description = "Why." };
        kind.AcceptOnlyFromAmong([.. FactVocabulary.IndicatorKinds]);
        measure.AcceptOnlyFromAmong([.. FactVocabulary.IndicatorMeasures]);
        qualifier.AcceptOnlyFromAmong([.. FactVocabulary.Qualifiers]);

        var command = new Command("correct", "Correct or reject a fact; the correction survives every later run.");
        foreach (var option in new Option[] { db, region, indicator, kind, year, measure, value, valueHigh, qualifier, reject, note })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            var hasValue = result.GetValue(value) is not null;
            var rejecting = result.GetValue(reject);
            if (hasValue == rejecting)
            {
                result.AddError("Give either --value (a correction) or --reject, not both and not neither.");
            }

            if (rejecting && (result.GetValue(valueHigh) is not null || result.GetValue(qualifier) is not null))
            {
                result.AddError("--value-high and --qualifier go with --value, not with --reject.");
            }

            var code = result.GetValue(region);
            if (code is not null && (code.Length != 6 || !code.All(char.IsAsciiDigit)))
            {
                result.AddError($"--region must be a six-digit GB/T 2260 code, not '{code}'.");
            }
        });

        command.SetAction(parseResult =>
        {
            var rejecting = parseResult.GetValue(reject);
            var correction = new Correction(
                parseResult.GetValue(region)!,
                parseResult.GetValue(indicator)!,
                parseResult.GetValue(kind)!,
                parseResult.GetValue(year),
                parseResult.GetValue(measure)!,
                rejecting ? Correction.Reject : Correction.Replace,
                parseResult.GetValue(value),
                parseResult.GetValue(valueHigh),
                parseResult.GetValue(qualifier),
                parseResult.GetValue(note),
                Environment.UserName);
            return Apply(parseResult.GetValue(db)!, correction);
        });
        return command;
    }

    private static int Apply(string databasePath, Correction correction)
    {
        try
        {
            using var session = WarehouseFile.BeginWrite(databasePath);
            new SchemaMigrator().Migrate(session.Connection);
            var store = new CorrectionStore();
            store.Add(session.Connection, correction);
            var matching = store.MatchingFacts(session.Connection, correction);
            session.Publish();
            var applies = matching > 0
                ? string.Create(CultureInfo.InvariantCulture, $"applies to {matching} loaded fact(s)")
                : "no loaded fact matches yet; it applies when one is loaded";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{correction.Action} recorded for {correction.RegionCode} {correction.Indicator} {correction.Kind} {correction.Year} {correction.Measure}: {applies}"));
            return 0;
        }
        catch (WarehouseBusyException busy)
        {
            Console.Error.WriteLine($"warehouse correct: refused: {busy.Message}");
            return 3;
        }
    }
}
