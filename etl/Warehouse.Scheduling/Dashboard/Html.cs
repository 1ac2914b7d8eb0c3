using System.Globalization;
using System.Net;
using System.Text;

namespace Warehouse.Scheduling.Dashboard;

/// <summary>
/// Small helpers for server-rendered pages. Every piece of text that reaches a page goes
/// through <see cref="E(string?)"/>: file names, error messages and reasons can hold anything.
/// </summary>
internal static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string E(long number) => number.ToString(CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? time, TimeZoneInfo zone) =>
        time is null ? "—" : E(TimeZoneInfo.ConvertTime(time.Value, zone).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture));

    public static string Page(string title, string body)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        page.Append("<title>").Append(E(title)).Append("</title>");
        page.Append("<style>");
        page.Append("body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222;max-width:80rem}");
        page.Append("table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}");
        page.Append("th{background:#f2f2f2}td.n{text-align:right}");
        page.Append(".fault{padding:.5rem 1rem;background:#fbeeee;border:1px solid #c99}");
        page.Append(".status-failed,.status-running{color:#a00;font-weight:bold}");
        page.Append("</style></head><body>\n");
        page.Append(body);
        page.Append("\n</body></html>\n");
        return page.ToString();
    }
}
