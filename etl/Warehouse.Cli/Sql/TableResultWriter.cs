using System.Data.Common;
using System.Numerics;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Warehouse.Cli.Sql;

/// <summary>
/// A readable boxed table per result set that fits the console: no column wider than
/// <see cref="MaxColumnWidth"/> (longer values end in "…"), only as many columns as fit, and a
/// caption that says what was left out and that --format csv has all of it. Tables must be held
/// in memory to be drawn, so it shows at most <see cref="MaxRows"/> rows.
/// </summary>
internal sealed class TableResultWriter(IAnsiConsole console) : IResultWriter
{
    public const int MaxRows = 10_000;

    /// <summary>Cells a column may take on the console.</summary>
    public const int MaxColumnWidth = 40;

    /// <summary>A rounded border with one space of padding on each side takes this many cells per column, plus one.</summary>
    private const int ColumnFrame = 3;

    private const string Null = "NULL";

    public void Write(DbDataReader reader)
    {
        var headers = Enumerable.Range(0, reader.FieldCount).Select(i => (Name: reader.GetName(i), Type: reader.GetDataTypeName(i).ToLowerInvariant())).ToList();
        var rows = new List<string?[]>();
        var more = false;
        while (reader.Read())
        {
            if (rows.Count == MaxRows)
            {
                more = true;
                break;
            }

            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => ValueText.Format(reader.GetValue(i)))]);
        }

        var options = RenderOptions.Create(console, console.Profile.Capabilities);
        int Width(string text) => ((IRenderable)new Spectre.Console.Text(text)).Measure(options, int.MaxValue).Max;
        var natural = headers.Select((header, i) => rows.Select(row => Width(row[i] ?? Null)).Append(Width(header.Name)).Append(Width(header.Type)).Max()).ToList();
        var widths = natural.Select(width => Math.Min(width, MaxColumnWidth)).ToList();

        var shown = 0;
        for (var used = 1; shown < widths.Count && (shown == 0 || used + widths[shown] + ColumnFrame <= console.Profile.Width); shown++)
        {
            used += widths[shown] + ColumnFrame;
        }

        var table = new Table().Border(TableBorder.Rounded);
        for (var i = 0; i < shown; i++)
        {
            var column = new TableColumn($"[bold]{Markup.Escape(headers[i].Name)}[/]\n[dim]{Markup.Escape(headers[i].Type)}[/]") { Width = widths[i], NoWrap = true };
            table.AddColumn(IsNumeric(reader.GetFieldType(i)) ? column.RightAligned() : column);
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Take(shown).Select(value => value is null ? new Markup($"[dim]{Null}[/]") : new Markup(Markup.Escape(value)).Overflow(Overflow.Ellipsis)).ToArray());
        }

        table.Caption(Caption(rows.Count, more, shown, headers.Count, natural.Take(shown).Any(width => width > MaxColumnWidth)));
        console.Write(table);
    }

    public void Finish(int recordsAffected, int resultSets)
    {
        if (resultSets == 0)
        {
            console.MarkupLine(recordsAffected >= 0 ? $"[dim]OK, {recordsAffected:N0} rows changed[/]" : "[dim]OK[/]");
        }
    }

    private static string Caption(int rows, bool more, int shownColumns, int columns, bool cut)
    {
        var parts = new List<string> { more ? $"first {rows:N0} rows shown" : $"{rows:N0} row{(rows == 1 ? "" : "s")}" };
        if (shownColumns < columns)
        {
            parts.Add($"{shownColumns} of {columns} columns shown");
        }

        if (cut)
        {
            parts.Add("long values cut short (…)");
        }

        if (more || shownColumns < columns || cut)
        {
            parts.Add("--format csv gives all of it");
        }

        return $"[dim]{Markup.Escape(string.Join("; ", parts))}[/]";
    }

    private static bool IsNumeric(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(sbyte)
        || type == typeof(byte) || type == typeof(ushort) || type == typeof(uint) || type == typeof(ulong)
        || type == typeof(double) || type == typeof(float) || type == typeof(decimal) || type == typeof(BigInteger);
}
