namespace Warehouse.DuckDb.Tests;

public sealed class TransactionTests
{
    private static DuckDbConnection WithTable()
    {
        var connection = InMemory.Open();
        connection.Execute("CREATE TABLE t(i INTEGER)");
        return connection;
    }

    [Fact]
    public void Committed_rows_stay()
    {
        using var connection = WithTable();
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute("INSERT INTO t VALUES (1), (2)");
            transaction.Commit();
        }

        Assert.Equal(2L, connection.Scalar("SELECT count(*) FROM t"));
    }

    [Fact]
    public void Rolled_back_rows_are_gone()
    {
        using var connection = WithTable();
        connection.Execute("INSERT INTO t VALUES (0)");
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute("INSERT INTO t VALUES (1), (2)");
            Assert.Equal(3L, connection.Scalar("SELECT count(*) FROM t"));
            transaction.Rollback();
        }

        Assert.Equal(1L, connection.Scalar("SELECT count(*) FROM t"));
    }

    [Fact]
    public void Disposing_without_commit_rolls_back()
    {
        using var connection = WithTable();
        using (connection.BeginTransaction())
        {
            connection.Execute("INSERT INTO t VALUES (1)");
        }

        Assert.Equal(0L, connection.Scalar("SELECT count(*) FROM t"));
    }

    [Fact]
    public void Appended_rows_roll_back_with_their_transaction()
    {
        using var connection = WithTable();
        using (var transaction = connection.BeginTransaction())
        {
            using (var appender = connection.CreateAppender("t"))
            {
                for (var i = 0; i < 5000; i++)
                {
                    appender.CreateRow().AppendValue(i).EndRow();
                }
            }

            transaction.Rollback();
        }

        Assert.Equal(0L, connection.Scalar("SELECT count(*) FROM t"));
    }

    [Fact]
    public void A_second_transaction_on_one_connection_is_refused()
    {
        using var connection = WithTable();
        using var transaction = connection.BeginTransaction();
        Assert.Throws<InvalidOperationException>(() => connection.BeginTransaction());
    }

    [Fact]
    public void A_transaction_cannot_complete_twice()
    {
        using var connection = WithTable();
        var transaction = connection.BeginTransaction();
        transaction.Commit();
        Assert.Throws<InvalidOperationException>(transaction.Rollback);
    }
}
