using System.Net;
using System.Net.Http.Headers;
using Warehouse.Scheduling.Jobs;
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
        var settings = HostUnderTest.Settings(folder, "token-test", new Dictionary<string, string?> { ["Warehouse:Dashboard:Token"] = "s3cret-token" });
        await using var host = await HostUnderTest.StartAsync(settings, new ScriptedRun());

        using var anonymous = host.Client(followRedirects: false);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("jobs/warehouse/nightly/run", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("?token=wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("healthz")).StatusCode);

        using var bearer = host.Client();
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token");
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("")).StatusCode);

        // A browser: ?token= once sets the cookie and redirects to the clean address.
        using var browser = host.Client();
        using var first = await browser.GetAsync("?token=s3cret-token");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("/", first.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("api/runs")).StatusCode);
    }

    [Fact]
    public async Task Pages_encode_what_they_show_and_downloads_stay_inside_the_output_folder()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Output);
        await File.WriteAllTextAsync(folder.Combine("secret.xlsx"), "outside the output folder");
        var run = new ScriptedRun { WriteWorkbook = options => TinyWorkbook.Write(options.OutputFolder!, "<script>rank.xlsx") };
        await using var host = await HostUnderTest.StartAsync(HostUnderTest.Settings(folder, "encode-test"), run);
        await host.Jobs.RunNowAsync(JobKeys.Nightly, "test", CancellationToken.None);
        var recorded = await Eventually.Get(host.RunsAsync, r => r.Count == 1 && r[0].Status == "succeeded", TimeSpan.FromSeconds(20), "the run finished");

        using var client = host.Client();
        var page = await client.GetStringAsync("");
        Assert.DoesNotContain("<script>rank", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;rank.xlsx", page, StringComparison.Ordinal);

        var details = await client.GetStringAsync($"runs/{recorded[0].RunId}");
        Assert.Contains("bad.txt: not a work report", details, StringComparison.Ordinal);
        Assert.Contains("42", details, StringComparison.Ordinal);

        using var workbook = await client.GetAsync("workbooks/" + Uri.EscapeDataString("<script>rank.xlsx"));
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType!.MediaType);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("workbooks/..%2Fsecret.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("workbooks/missing.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("runs/no-such-run")).StatusCode);
    }

    [Fact]
    public async Task Pause_and_resume_forms_change_the_job_state()
    {
        using var folder = new TempFolder();
        await using var host = await HostUnderTest.StartAsync(HostUnderTest.Settings(folder, "pause-test"), new ScriptedRun());
        using var client = host.Client();

        var paused = await (await client.PostAsync("jobs/warehouse/nightly/pause", null)).Content.ReadAsStringAsync();
        Assert.Contains("Job paused", paused, StringComparison.Ordinal);
        Assert.Contains(">paused<", paused, StringComparison.Ordinal);
        Assert.True((await host.Jobs.ListAsync(CancellationToken.None)).Single().Paused);

        var resumed = await (await client.PostAsync("jobs/warehouse/nightly/resume", null)).Content.ReadAsStringAsync();
        Assert.Contains(">waiting<", resumed, StringComparison.Ordinal);
        Assert.False((await host.Jobs.ListAsync(CancellationToken.None)).Single().Paused);
    }
}
