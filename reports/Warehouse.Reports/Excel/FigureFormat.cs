namespace Warehouse.Reports.Excel;

/// <summary>What a figure's qualifier puts before it: ≥ for a floor (突破, 以上), ≤ for a ceiling (以内), ≈ for 左右.</summary>
public enum FigureSign { None, AtLeast, AtMost, About }

/// <summary>
/// How a figure from a report is shown: with the decimals the report gave and no more (36.96
/// stays 36.96, 7000 stays 7,000) and the sign of its qualifier in front (≥ 40,000 for
/// 突破4万亿元). The cell stays a number; each distinct format becomes one number format and
/// one cell style of the workbook (<see cref="FigureStyles"/>). There are few formats, so each
/// exists once and cells share it.
/// </summary>
public sealed class FigureFormat
{
    /// <summary>Figures computed from others (means, shares) are cut to this many decimals.</summary>
    public const int MaximumDecimals = 4;

    private static readonly FigureFormat[,] All = Build();

    private FigureFormat(int decimals, FigureSign sign)
    {
        Decimals = decimals;
        Sign = sign;
        var number = decimals > 0 ? "#,##0." + new string('0', decimals) : "#,##0";
        var prefix = sign switch
        {
            FigureSign.AtLeast => "\"≥ \"",
            FigureSign.AtMost => "\"≤ \"",
            FigureSign.About => "\"≈ \"",
            _ => string.Empty,
        };
        Code = prefix.Length == 0 ? number : $"{prefix}{number};{prefix}-{number}";
    }

    /// <summary>Digits after the decimal point, 0 to <see cref="MaximumDecimals"/>.</summary>
    public int Decimals { get; }

    public FigureSign Sign { get; }

    /// <summary>The Excel number format code: #,##0.00, or "≥ "#,##0;"≥ "-#,##0 with a sign.</summary>
    public string Code { get; }

    /// <summary>The format that shows <paramref name="value"/> with its own precision.</summary>
    public static FigureFormat Of(double value, FigureSign sign = FigureSign.None) => All[DecimalsOf(value), (int)sign];

    /// <summary>The fewest decimals that show the value exactly (up to <see cref="MaximumDecimals"/>): 36.96 → 2, 7000 → 0.</summary>
    public static int DecimalsOf(double value)
    {
        // Values converted between units carry binary noise (4.1 × 10000 = 41000.000000000007).
        var tolerance = 1e-9 * Math.Max(1, Math.Abs(value));
        for (var decimals = 0; decimals < MaximumDecimals; decimals++)
        {
            if (Math.Abs(value - Math.Round(value, decimals)) <= tolerance)
            {
                return decimals;
            }
        }

        return MaximumDecimals;
    }

    /// <summary>How wide the shown figure is, in Excel character units, without formatting it.</summary>
    public int DisplayWidth(double value)
    {
        var magnitude = Math.Abs(value);
        var digits = magnitude < 1 ? 1 : (int)Math.Floor(Math.Log10(magnitude)) + 1;
        return (Sign == FigureSign.None ? 0 : 2) + (value < 0 ? 1 : 0) + digits + ((digits - 1) / 3) + (Decimals > 0 ? Decimals + 1 : 0);
    }

    private static FigureFormat[,] Build()
    {
        var signs = Enum.GetValues<FigureSign>();
        var formats = new FigureFormat[MaximumDecimals + 1, signs.Length];
        for (var decimals = 0; decimals <= MaximumDecimals; decimals++)
        {
            foreach (var sign in signs)
            {
                formats[decimals, (int)sign] = new FigureFormat(decimals, sign);
            }
        }

        return formats;
    }
}
