namespace Warehouse.Regions;

/// <summary>
/// Short forms of division names, as reports and web pages use them: 湖南 for 湖南省, 普洱 for
/// 普洱市, 黔南 for 黔南布依族苗族自治州, 宝兴 for 宝兴县. Only forms of two characters or more.
/// </summary>
public static class RegionNames
{
    private const string EverydayWordsResource = "Warehouse.Regions.everyday_words.tsv";

    private static readonly HashSet<string> EverydayWords = LoadEverydayWords();

    /// <summary>A division's name that is also an everyday word (资源, 振兴, 郊区; Data/everyday_words.tsv).</summary>
    public static bool IsEverydayWord(string name) => EverydayWords.Contains(name);

    /// <summary>Generic suffixes, longest first so 自治州 wins over 州.</summary>
    private static readonly string[] Suffixes =
    [
        "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区",
        "省", "市", "县", "区", "旗", "盟",
    ];

    /// <summary>The 55 minority nationalities as they appear in autonomous region names (with or without 族).</summary>
    private static readonly string[] Nationalities =
    [
        "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
        "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
        "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
        "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
        "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各",
    ];

    public static IEnumerable<string> ShortNames(string fullName, RegionLevel level)
    {
        var stem = StripSuffix(fullName);
        if (stem == fullName)
        {
            yield break;
        }

        if (fullName.Contains("自治", StringComparison.Ordinal))
        {
            stem = StripNationalities(stem);
        }

        // A one-character stem (a county like 县 → "X县" of one character) is too ambiguous to match in text.
        if (stem.Length >= 2 && !(level == RegionLevel.County && stem.Length < 2))
        {
            yield return stem;
        }
    }

    private static string StripSuffix(string name)
    {
        foreach (var suffix in Suffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    private static string StripNationalities(string stem)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            if (stem.EndsWith('族'))
            {
                stem = stem[..^1];
            }

            foreach (var nationality in Nationalities.OrderByDescending(n => n.Length))
            {
                if (stem.Length > nationality.Length + 1 && stem.EndsWith(nationality, StringComparison.Ordinal))
                {
                    stem = stem[..^nationality.Length];
                    changed = true;
                    break;
                }
            }
        }

        return stem;
    }

    private static HashSet<string> LoadEverydayWords()
    {
        using var stream = typeof(RegionNames).Assembly.GetManifestResourceStream(EverydayWordsResource)
            ?? throw new InvalidOperationException($"Embedded resource {EverydayWordsResource} is missing.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#' && line != "word")
            {
                words.Add(line.Trim());
            }
        }

        return words;
    }
}
