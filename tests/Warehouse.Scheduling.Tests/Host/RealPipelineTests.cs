using Warehouse.Pipeline;
using Warehouse.Scheduling.Jobs;
using Warehouse.Scheduling.Tests.Support;

namespace Warehouse.Scheduling.Tests.Host;

/// <summary>The scheduler around the real nightly pipeline, on a tiny synthetic input folder.</summary>
[Collection(HostCollection.Name)]
public sealed class RealPipelineTests
{
    // Invented wording and figures in the usual shape of a county report; not a real report.
    private const string SyntheticReport = """
        秭归县2025年政府工作报告
        ——2025年1月8日在秭归县第十届人民代表大会第五次会议上

        各位代表：

        现在，我代表县人民政府向大会报告工作，请予审议。

        一、2024年工作回顾

        过去一年，全县地区生产总值增长5.8%，固定资产投资增长4.1%，一般公共预算收入5.6亿元。

        二、2025年主要预期目标

        地区生产总值增长6%左右，固定资产投资增长5%，一般公共预算收入增长4%。
        """;

    [Fact]
    public async Task Run_now_runs_the_real_pipeline_records_its_counts_and_a_second_run_finds_nothing_new()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(Path.Combine(folder.Input, "zigui-2025.txt"), SyntheticReport);
        await File.WriteAllBytesAsync(Path.Combine(folder.Input, "broken.docx"), [0xD0, 0xCF, 0x11, 0xE0, 0x00, 0x01, 0x02]);

        await using var host = await HostUnderTest.StartAsync(HostUnderTest.Settings(folder, "real-pipeline-test"), DefaultNightlyRun.Create());
        await host.Jobs.RunNowAsync(JobKeys.Nightly, "test", CancellationToken.None);
        var runs = await Eventually.Get(host.RunsAsync, r => r.Count == 1 && !r[0].IsRunning, TimeSpan.FromMinutes(3), "the first run finished");

        var first = runs[0];
        Assert.Equal("succeeded", first.Status);
        Assert.Equal(2, first.Counts.FilesSeen);
        Assert.Equal(1, first.Counts.FilesNew);
        Assert.Equal(1, first.Counts.FilesSkipped);
        Assert.True(first.Counts.FactsLoaded > 0, $"facts loaded: {first.Counts.FactsLoaded}");
        Assert.Contains(first.Errors, e => e.Contains("broken.docx", StringComparison.Ordinal));
        Assert.True(File.Exists(folder.Database));
        var workbook = Assert.Single(first.Workbooks);
        Assert.True(File.Exists(workbook), workbook);

        using var client = host.Client();
        var page = await client.GetStringAsync("");
        Assert.Contains($"/workbooks/{Path.GetFileName(workbook)}", page, StringComparison.Ordinal);

        await host.Jobs.RunNowAsync(JobKeys.Nightly, "test", CancellationToken.None);
        runs = await Eventually.Get(host.RunsAsync, r => r.Count == 2 && r.All(x => !x.IsRunning), TimeSpan.FromMinutes(3), "the second run finished");
        var second = runs.OrderBy(r => r.StartedAt).Last();
        Assert.Equal("succeeded", second.Status);
        Assert.Equal(0, second.Counts.FilesNew);
        Assert.Equal(0, second.Counts.FactsLoaded);
    }
}
