using System.Reflection;

namespace Warehouse.Reports;

/// <summary>
/// The workbook queries: the .sql files of sql/reporting, embedded in this assembly so that
/// the program runs from any folder. Each takes at most one parameter, $year.
/// </summary>
public static class ReportQueries
{
    public static string Text(string name)
    {
        var resource = $"reporting/{name}.sql";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The reporting query sql/reporting/{name}.sql is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
