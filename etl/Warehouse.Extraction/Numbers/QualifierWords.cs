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

    public static Qualifier? FromPrefix(string word) => word switch
    {
        "近" or "约" => Qualifier.About,
        "超过" or "超" or "突破" or "不低于" or "不少于" or "高于" => Qualifier.AtLeast,
        "不超过" or "不高于" or "低于" => Qualifier.AtMost,
        _ => null,
    };
}
