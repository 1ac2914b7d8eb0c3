using System.Numerics;

namespace Warehouse.Regions;

/// <summary>
/// Finds gazetteer names in a text, longest match first at each position (湘潭县 before 湘潭), left
/// to right without overlaps.
/// </summary>
public sealed class RegionMentionScanner(Gazetteer gazetteer)
{
    public IReadOnlyList<RegionMention> Scan(string text)
    {
        var mentions = new List<RegionMention>();
        var i = 0;
        while (i < text.Length)
        {
            var next = text.AsSpan(i).IndexOfAny(gazetteer.NameStarts);
            if (next < 0)
            {
                break;
            }

            i += next;
            var found = LongestAt(text, i);
            if (found is null)
            {
                i++;
                continue;
            }

            mentions.Add(found);
            i = found.End;
        }

        return mentions;
    }

    private RegionMention? LongestAt(string text, int start)
    {
        if (start + 1 >= text.Length)
        {
            return null;
        }

        var lengths = gazetteer.NameLengthsStartingWith(text[start], text[start + 1]);
        while (lengths != 0)
        {
            // Longest first: the highest bit left is the longest name left to try.
            var length = 31 - BitOperations.LeadingZeroCount(lengths);
            lengths ^= 1u << length;
            if (length > text.Length - start)
            {
                continue;
            }

            var name = text.AsSpan(start, length);
            if (gazetteer.ByFullName(name) is { Count: > 0 } full && !SplitsAWord(text, start, length))
            {
                return new RegionMention(start, name.ToString(), IsFullName: true, full);
            }

            if (gazetteer.ByShortName(name) is { Count: > 0 } shortForm)
            {
                return new RegionMention(start, name.ToString(), IsFullName: false, shortForm);
            }
        }

        return null;
    }

    /// <summary>
    /// 市政府和县委, 代县长: a name of one character and its suffix (和县, 代县) whose suffix starts a
    /// word with what follows (县委, 县长, 县政府, 县城) is that word after an unrelated character.
    /// </summary>
    private static bool SplitsAWord(string text, int start, int length) =>
        length == 2 && start + length < text.Length && text[start + length] is '委' or '长' or '政' or '级' or '域' or '城' or '直' or '属';
}
