namespace Warehouse.DataFiles;

/// <summary>
/// The one way the data files that hold our rules and tables are read (lexicons, cue lists,
/// gazetteer, conversion tables): tab-separated, blank lines and lines starting with # left out,
/// a header row where the file has one, and every row with the same number of columns, else an
/// error that names the file and the line.
/// </summary>
public static class TabSeparatedRows
{
    public static IEnumerable<string[]> Read(TextReader reader, string fileName, int columns, bool header = true)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != columns)
            {
                throw new InvalidDataException($"{fileName} line {lineNumber}: expected {columns} tab-separated columns, found {cells.Length}.");
            }

            yield return cells;
        }
    }
}
