namespace Warehouse.Extraction.Numbers;

/// <summary>Small Chinese numerals as reports write ranks and counts: 一, 十三, 二十, 两.</summary>
public static class ChineseNumerals
{
    /// <summary>Parses ASCII digits or a Chinese numeral below 10000; null when it is neither.</summary>
    public static int? Parse(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (text.All(char.IsAsciiDigit))
        {
            return int.TryParse(text, out var number) ? number : null;
        }

        var total = 0;
        var digit = -1;
        foreach (var c in text)
        {
            var value = DigitValue(c);
            if (value >= 0)
            {
                digit = value;
                continue;
            }

            var multiplier = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (multiplier == 0)
            {
                return null;
            }

            // 十 alone at the start means one ten (十三 = 13).
            total += (digit < 0 ? 1 : digit) * multiplier;
            digit = -1;
        }

        return total + Math.Max(digit, 0);
    }

    private static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };
}
