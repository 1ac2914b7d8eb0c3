using System.Data.Common;

namespace Warehouse.Cli.Sql;

/// <summary>RFC 4180 CSV with a header row; NULL is an empty field. Streams row by row.</summary>
internal sealed class CsvResultWriter(TextWriter output) : IResultWriter
{
    public void Write(DbDataReader reader)
    {
        output.WriteLine(string.Join(',', Enumerable.Range(0, reader.FieldCount).Select(i => Quote(reader.GetName(i)))));
        while (reader.Read())
        {
            output.WriteLine(string.Join(',', Enumerable.Range(0, reader.FieldCount).Select(i => Quote(ValueText.Format(reader.GetValue(i))))));
        }
    }

    public void Finish(int recordsAffected, int resultSets) => output.Flush();

    private static string Quote(string? field) =>
        field is null ? ""
        : field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\""
        : field;
}
