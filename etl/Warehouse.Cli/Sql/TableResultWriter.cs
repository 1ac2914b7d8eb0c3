using System.Data.Common;
using System.Numerics;
using Spectre.Console;

namespace Warehouse.Cli.Sql;

/// <summary>
/// A readable boxed table per result set. Tables must be held in memory to be drawn, so it shows
/// at most <see cref="MaxRows"/> rows and says how to get the rest.
/// </summary>
internal sealed class TableResultWriter(IAnsiConsole console) : IResultWriter
{
    public const int MaxRows = 10_000;

    public void Write(DbDataReader reader)
    {
        var table = new Table().Border(TableBorder.Rounded);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var column = new TableColumn($"[bold]{Markup.Escape(reader.GetName(i))}[/]\n[dim]{Markup.Escape(reader.GetDataTypeName(i).ToLowerInvariant())}[/]");
            table.AddColumn(IsNumeric(reader.GetFieldType(i)) ? column.RightAligned() : column);
        }

        var rows = 0;
        var more = false;
        while (reader.Read())
        {
            if (rows == MaxRows)
            {
                more = true;
                break;
            }

            table.AddRow(Enumerable.Range(0, reader.FieldCount).Select(i => ValueText.Format(reader.GetValue(i)) is { } text
                ? new Markup(Markup.Escape(text))
                : new Markup("[dim]NULL[/]")).ToArray());
            rows++;
        }

        table.Caption(more
            ? $"[dim]first {MaxRows:N0} rows shown; use --format csv for all of them[/]"
            : $"[dim]{rows:N0} row{(rows == 1 ? "" : "s")}[/]");
        console.Write(table);
    }

    public void Finish(int recordsAffected, int resultSets)
    {
        if (resultSets == 0)
        {
            console.MarkupLine(recordsAffected >= 0 ? $"[dim]OK, {recordsAffected:N0} rows changed[/]" : "[dim]OK[/]");
        }
    }

    private static bool IsNumeric(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(sbyte)
        || type == typeof(byte) || type == typeof(ushort) || type == typeof(uint) || type == typeof(ulong)
        || type == typeof(double) || type == typeof(float) || type == typeof(decimal) || type == typeof(BigInteger);
}
