using System.Collections;

namespace Warehouse.Reports.Excel;

/// <summary>
/// A table's rows made from its items each time a row is asked for, never all at once: the
/// sheet writer asks for each row twice, to measure the columns and to write it, and keeps
/// neither (see <see cref="SheetModel"/>).
/// </summary>
public static class TableRows
{
    public static IReadOnlyList<SheetCell[]> Of<T>(IReadOnlyList<T> items, Func<T, SheetCell[]> cells) => new Made<T>(items, cells);

    private sealed class Made<T>(IReadOnlyList<T> items, Func<T, SheetCell[]> cells) : IReadOnlyList<SheetCell[]>
    {
        public SheetCell[] this[int index] => cells(items[index]);

        public int Count => items.Count;

        public IEnumerator<SheetCell[]> GetEnumerator() => items.Select(cells).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
