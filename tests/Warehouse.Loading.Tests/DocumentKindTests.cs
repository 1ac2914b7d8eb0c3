using System.Text.Json;
using Dapper;
using Warehouse.Pipeline;

namespace Warehouse.Loading.Tests;

/// <summary>
/// Every document keeps what it is: the warehouse stores its kind (dim_document.document_kind)
/// and `warehouse extract` lists it, a look-alike with its kind and the reason it is not a report.
/// The texts are invented for these tests.
/// </summary>
public sealed class DocumentKindTests : IDisposable
{
    private const string Report =
        """
        2024年宜昌市政府工作报告
        ——2024年1月10日在宜昌市第八届人民代表大会第四次会议上
        各位代表:
        现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。
        一、2023年工作回顾
        过去一年,全市地区生产总值增长6.1%,固定资产投资增长8.2%。
        """;

    private const string Bulletin =
        """
        宜昌市2023年国民经济和社会发展统计公报
        宜昌市统计局
        2024年3月20日
        一、综合
        初步核算,全年全市地区生产总值6100亿元,比上年增长6.1%。
        二、农业
        全年粮食总产量180万吨,比上年增长1.2%。
        """;

    private readonly TempFolder _folder = new();

    public DocumentKindTests()
    {
        Input = _folder.Combine("input");
        Directory.CreateDirectory(Input);
        File.WriteAllText(Path.Combine(Input, "report.txt"), Report);
        File.WriteAllText(Path.Combine(Input, "bulletin.txt"), Bulletin);
    }

    private string Input { get; }

    [Fact]
    public void The_loader_stores_each_documents_kind_and_a_negative_keeps_its_reason()
    {
        var database = _folder.Combine("warehouse.duckdb");
        DefaultNightlyRun.Create().Execute(new RunOptions([Input], database, null), null, CancellationToken.None);

        using var connection = WarehouseFile.OpenReadOnly(database);
        var documents = connection.Query<(string SourcePath, string? DocumentKind, string? NegativeReason)>(
            "SELECT source_path, document_kind, negative_reason FROM dim_document ORDER BY source_path")
            .ToDictionary(row => Path.GetFileName(row.SourcePath));

        Assert.Equal("full_report", documents["report.txt"].DocumentKind);
        Assert.Null(documents["report.txt"].NegativeReason);
        Assert.Equal("statistical_bulletin", documents["bulletin.txt"].DocumentKind);
        Assert.StartsWith("statistical bulletin", documents["bulletin.txt"].NegativeReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_lists_a_negative_with_its_kind_and_reason_in_jsonl_and_in_the_table()
    {
        var (exitCode, output, error) = ChildRun.RunWarehouse(["extract", Input, "--format", "jsonl"]);
        Assert.True(exitCode == 0, error);
        var reports = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(row => row.GetProperty("type").GetString() == "report")
            .ToDictionary(row => Path.GetFileName(row.GetProperty("source_path").GetString()!));

        Assert.Equal(["bulletin.txt", "report.txt"], reports.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("full_report", reports["report.txt"].GetProperty("document_kind").GetString());
        var bulletin = reports["bulletin.txt"];
        Assert.Equal("statistical_bulletin", bulletin.GetProperty("document_kind").GetString());
        Assert.True(bulletin.GetProperty("negative").GetBoolean());
        Assert.StartsWith("statistical bulletin", bulletin.GetProperty("negative_reason").GetString(), StringComparison.Ordinal);

        var (tableExit, table, tableError) = ChildRun.RunWarehouse(["extract", Input, "--format", "table"]);
        Assert.True(tableExit == 0, tableError);
        var bulletinRow = table.Split('\n').Single(line => line.Contains("bulletin.txt", StringComparison.Ordinal));
        Assert.Contains("statistical_bulletin", bulletinRow, StringComparison.Ordinal);
        Assert.Contains("NOT A REPORT", bulletinRow, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
