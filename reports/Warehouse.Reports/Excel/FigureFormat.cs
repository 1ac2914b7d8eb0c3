namespace Warehouse.Reports.Excel;

/// <summary>
/// How a figure from a report is shown: with the decimals the report gave and no more (36.96
/// stays 36.96, 7000 stays 7,000) and the sign of its qualifier in front (≥ 40,000 for
/// 突破4万亿元). The cell stays a number; each distinct format becomes one number format and
/// one cell style of the workbook (<see cref="FigureStyles"/>).
/// </summary>
/// <param name="Decimals">Digits after the decimal point, 0 to <see cref="MaximumDecimals"/>.</param>
/// <param name="Sign">Written before the number (≥, ≤, ≈), or empty.</param>
public readonly record struct FigureFormat(int Decimals, string Sign)
{
    /// <summary>Figures computed from others (means, shares) are cut to this many decimals.</summary>
    public const int MaximumDecimals = 4;

    /// <summary>The format that shows <paramref name="value"/> with its own precision.</summary>
    public static FigureFormat Of(double value, string sign = "") => new(DecimalsOf(value), sign);

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

    /// <summary>The Excel number format code: #,##0.00, or "≥ "#,##0;"≥ "-#,##0 with a sign.</summary>
    public string Code
    {
        get
        {
            var number = Decimals > 0 ? "#,##0." + new string('0', Decimals) : "#,##0";
            if (Sign.Length == 0)
            {
                return number;
            }

            var prefix = $"\"{Sign} \"";
            return $"{prefix}{number};{prefix}-{number}";
        }
    }

    /// <summary>How wide the shown figure is, in Excel character units, without formatting it.</summary>
    public int DisplayWidth(double value)
    {
        var magnitude = Math.Abs(value);
        var digits = magnitude < 1 ? 1 : (int)Math.Floor(Math.Log10(magnitude)) + 1;
        return (Sign.Length > 0 ? 2 : 0) + (value < 0 ? 1 : 0) + digits + ((digits - 1) / 3) + (Decimals > 0 ? Decimals + 1 : 0);
    }
}
