namespace Warehouse.Extraction.Numbers;

/// <summary>The words that bound a figure (GOLD.md, Decisions: qualifiers come from the words).</summary>
public static class QualifierWords
{
    public static Qualifier? FromSuffix(string word) => word switch
    {
        "左右" or "上下" => Qualifier.About,
        "以上" => Qualifier.AtLeast,
        "以内" or "以下" => Qualifier.AtMost,
        _ => null,
    };

    /// <summary>Words that bound the number written right after them, longest first.</summary>
    private static readonly string[] PrefixWords = ["不低于", "不少于", "不超过", "不高于", "超过", "突破", "低于", "高于", "不到", "接近", "近", "约", "超"];

    /// <summary>The bounding word written right before position (突破 in 突破4万亿元), or "".</summary>
    public static string PrefixBefore(string text, int position)
    {
        foreach (var word in PrefixWords)
        {
            if (position >= word.Length && string.CompareOrdinal(text, position - word.Length, word, 0, word.Length) == 0)
            {
                return word;
            }
        }

        return "";
    }

    public static Qualifier? FromPrefix(string word) => word switch
    {
        "近" or "约" or "接近" => Qualifier.About,
        "超过" or "超" or "突破" or "不低于" or "不少于" or "高于" => Qualifier.AtLeast,
        "不超过" or "不高于" or "低于" or "不到" => Qualifier.AtMost,
        _ => null,
    };
}
