using System.Net;
using System.Text.RegularExpressions;
using Warehouse.Scheduling.Jobs;

namespace Warehouse.Scheduling.Tests.Support;

/// <summary>
/// Hangfire's dashboard used over HTTP as its own script does: read a page, take the
/// antiforgery token it carries (and the cookie it sets), send it as a header with the POST.
/// </summary>
public sealed partial class DashboardClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _client = new(new HttpClientHandler { UseCookies = true }) { BaseAddress = baseAddress };

    /// <summary>"Trigger now" on the recurring jobs page for the nightly job.</summary>
    public async Task TriggerNightlyAsync()
    {
        var page = await _client.GetStringAsync("hangfire/recurring");
        var header = CsrfHeader().Match(page);
        var token = CsrfToken().Match(page);
        if (!header.Success || !token.Success)
        {
            throw new InvalidOperationException("the recurring jobs page carries no antiforgery token");
        }

        using var post = new HttpRequestMessage(HttpMethod.Post, "hangfire/recurring/trigger")
        {
            Content = new FormUrlEncodedContent([new("jobs[]", NightlyJob.RecurringId)]),
        };
        post.Headers.Add(header.Groups[1].Value, WebUtility.HtmlDecode(token.Groups[1].Value));
        using var response = await _client.SendAsync(post);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("<meta name=\"csrf-header\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfHeader();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfToken();
}
