using System.Net;
using System.Net.Http.Headers;
using Warehouse.Scheduling.Dashboard;
using Warehouse.Scheduling.Tests.Host;
using Warehouse.Scheduling.Tests.Support;

namespace Warehouse.Scheduling.Tests.Dashboard;

[Collection(HostCollection.Name)]
public sealed class DashboardHttpTests
{
    [Fact]
    public async Task With_a_token_every_page_but_healthz_needs_it_as_bearer_or_cookie()
    {
        using var folder = new TempFolder();
        var settings = HostUnderTest.Settings(folder, new Dictionary<string, string?> { ["Warehouse:Dashboard:Token"] = "s3cret-token" });
        await using var host = await HostUnderTest.StartAsync(settings, new ScriptedRun());

        using var anonymous = host.Client(followRedirects: false);
        foreach (var page in new[] { "", "runs/1", "workbooks/rankings-2024.xlsx", "hangfire", "hangfire/recurring", "?token=wrong" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(page)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("healthz")).StatusCode);

        using var bearer = host.Client();
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token");
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("hangfire/recurring")).StatusCode);

        // A browser: ?token= once sets the cookie and redirects to the clean address.
        using var browser = host.Client();
        using var first = await browser.GetAsync("hangfire/recurring?token=s3cret-token");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("/hangfire/recurring", first.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("")).StatusCode);
    }

    [Fact]
    public async Task A_cross_site_post_is_refused_and_the_same_post_with_the_pages_antiforgery_token_triggers_the_run()
    {
        using var folder = new TempFolder();
        var run = new ScriptedRun();
        await using var host = await HostUnderTest.StartAsync(HostUnderTest.Settings(folder), run);

        // What a form on another site can send: the browser's cookies, but not the page's token.
        using var forged = host.Client(followRedirects: false);
        Assert.Equal(HttpStatusCode.OK, (await forged.GetAsync("hangfire/recurring")).StatusCode);
        using var forgedPost = new HttpRequestMessage(HttpMethod.Post, "hangfire/recurring/trigger") { Content = TriggerForm() };
        forgedPost.Headers.Add("Origin", "http://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await forged.SendAsync(forgedPost)).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(0, run.Calls);
        Assert.Equal(0, host.Jobs.Statistics().Succeeded + host.Jobs.Statistics().Enqueued + host.Jobs.Statistics().Processing);

        // The dashboard's own page carries the token, which its script sends as a header.
        using (var dashboard = new DashboardClient(host.Url))
        {
            await dashboard.TriggerNightlyAsync();
        }

        await Eventually.True(() => run.Calls == 1, TimeSpan.FromSeconds(20), "the triggered run ran");
    }

    [Fact]
    public async Task A_foreign_host_header_is_refused_so_dns_rebinding_reads_nothing()
    {
        using var folder = new TempFolder();
        await using var host = await HostUnderTest.StartAsync(HostUnderTest.Settings(folder), new ScriptedRun());
        using var client = host.Client();

        foreach (var page in new[] { "", "hangfire/recurring", "workbooks/rankings-2024.xlsx", "healthz" })
        {
            using var rebound = new HttpRequestMessage(HttpMethod.Get, page);
            rebound.Headers.Host = $"evil.example:{host.Port}";
            Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(rebound)).StatusCode);
        }

        using var local = new HttpRequestMessage(HttpMethod.Get, "");
        local.Headers.Host = $"localhost:{host.Port}";
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(local)).StatusCode);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var folder = new TempFolder();
        await using var host = await HostUnderTest.StartAsync(HostUnderTest.Settings(folder), new ScriptedRun());
        using var client = host.Client();

        foreach (var page in new[] { "", "hangfire/recurring", "healthz", "workbooks/missing.xlsx" })
        {
            using var response = await client.GetAsync(page);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pages_encode_what_they_show_and_downloads_stay_inside_the_output_folder_never_following_a_link()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.Combine("secret.xlsx"), "outside the output folder");
        TinyWorkbook.Write(folder.Output, "<script>rank.xlsx");
        File.CreateSymbolicLink(Path.Combine(folder.Output, "passwd.xlsx"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(folder.Output, "secret-link.xlsx"), folder.Combine("secret.xlsx"));
        await using var host = await HostUnderTest.StartAsync(HostUnderTest.Settings(folder), new ScriptedRun());

        using var client = host.Client();
        var page = await client.GetStringAsync("");
        Assert.DoesNotContain("<script>rank", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;rank.xlsx", page, StringComparison.Ordinal);
        Assert.DoesNotContain("passwd.xlsx", page, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-link.xlsx", page, StringComparison.Ordinal);

        using var workbook = await client.GetAsync("workbooks/" + Uri.EscapeDataString("<script>rank.xlsx"));
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType!.MediaType);

        foreach (var refused in new[] { "passwd.xlsx", "secret-link.xlsx", "..%2Fsecret.xlsx", "missing.xlsx" })
        {
            using var response = await client.GetAsync("workbooks/" + refused);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("runs/7")).StatusCode);
    }

    [Fact]
    public async Task Listening_beyond_loopback_without_a_token_is_refused_before_anything_listens()
    {
        using var folder = new TempFolder();
        var port = FreePort.Next();
        var settings = HostUnderTest.Settings(folder);
        await using var app = SchedulingHost.Build([$"--Kestrel:Endpoints:Http:Url=http://0.0.0.0:{port}"], _ => new ScriptedRun(), settings);

        var error = await Record.ExceptionAsync(() => app.StartAsync());
        var refused = Assert.IsType<OpenEndpointException>(Unwrap<OpenEndpointException>(error));
        Assert.Contains("Warehouse:Dashboard:Token", refused.Message, StringComparison.Ordinal);
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        await Assert.ThrowsAsync<HttpRequestException>(() => probe.GetAsync($"http://127.0.0.1:{port}/healthz"));
    }

    private static FormUrlEncodedContent TriggerForm() => new([new("jobs[]", "nightly")]);

    private static T? Unwrap<T>(Exception? e)
        where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }
}
