namespace Warehouse.DuckDb.Tests;

public sealed class AppenderTests
{
    [Fact]
    public void The_appender_loads_a_million_rows()
    {
        const int rows = 1_000_000;
        using var connection = InMemory.Open();
        connection.Execute("""
            CREATE TABLE fact(id BIGINT, region_code VARCHAR, indicator VARCHAR, year SMALLINT,
                              value DOUBLE, amount DECIMAL(18,2), published DATE, estimate BOOLEAN)
            """);
        var indicators = new[] { "地区生产总值", "一般公共预算收入", "固定资产投资", "社会消费品零售总额" };
        using (var appender = connection.CreateAppender("fact"))
        {
            for (var i = 0; i < rows; i++)
            {
                appender.CreateRow()
                    .AppendValue((long)i)
                    .AppendValue((110000 + (i % 3200)).ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .AppendValue(indicators[i % indicators.Length])
                    .AppendValue((short)(2005 + (i % 20)))
                    .AppendValue(i % 7 == 0 ? null : i * 0.5)
                    .AppendValue(i % 100 / 4m)
                    .AppendValue(new DateOnly(2005 + (i % 20), 1 + (i % 12), 1))
                    .AppendValue(i % 2 == 0)
                    .EndRow();
            }
        }

        Assert.Equal((long)rows, connection.Scalar("SELECT count(*) FROM fact"));
        Assert.Equal((long)rows * (rows - 1) / 2, (long)(decimal)connection.Scalar("SELECT sum(id) FROM fact")!);
        Assert.Equal((long)((rows + 6) / 7), connection.Scalar("SELECT count(*) FROM fact WHERE value IS NULL"));
        Assert.Equal(3200L, connection.Scalar("SELECT count(DISTINCT region_code) FROM fact"));
        Assert.Equal(rows / 4L, connection.Scalar("SELECT count(*) FROM fact WHERE indicator = '一般公共预算收入'"));
        Assert.Equal(new DateTime(2024, 12, 1), connection.Scalar("SELECT max(published) FROM fact"));
        Assert.Equal(24.75m, connection.Scalar("SELECT max(amount) FROM fact"));
    }

    [Fact]
    public void Rows_are_visible_after_flush_and_the_appender_keeps_working()
    {
        using var connection = InMemory.Open();
        connection.Execute("CREATE TABLE t(i INTEGER, s VARCHAR)");
        using var appender = connection.CreateAppender("t");
        appender.CreateRow().AppendValue(1).AppendValue("一").EndRow();
        appender.Flush();
        Assert.Equal(1L, connection.Scalar("SELECT count(*) FROM t"));
        appender.CreateRow().AppendValue(2).AppendNullValue().EndRow();
        appender.Close();
        Assert.Equal(2L, connection.Scalar("SELECT count(*) FROM t"));
        Assert.Equal(1L, connection.Scalar("SELECT count(*) FROM t WHERE s IS NULL"));
        Assert.Throws<InvalidOperationException>(() => appender.CreateRow().AppendValue(3));
    }

    [Fact]
    public void An_appender_targets_a_schema()
    {
        using var connection = InMemory.Open();
        connection.Execute("CREATE SCHEMA staging; CREATE TABLE staging.t(s VARCHAR)");
        using (var appender = connection.CreateAppender("staging", "t"))
        {
            appender.CreateRow().AppendValue("政府工作报告").EndRow();
        }

        Assert.Equal("政府工作报告", connection.Scalar("SELECT s FROM staging.t"));
    }
}
