namespace Warehouse.DuckDb;

/// <summary>
/// One row being appended: a value per column in table order, then <see cref="EndRow"/>.
/// A struct so that appending a million rows allocates nothing per row. A null argument appends NULL.
/// </summary>
public readonly struct DuckDbAppenderRow
{
    private readonly DuckDbAppender _appender;

    internal DuckDbAppenderRow(DuckDbAppender appender) => _appender = appender;

    public void EndRow() => _appender.EndRow();

    public DuckDbAppenderRow AppendNullValue()
    {
        _appender.AppendNull();
        return this;
    }

    public DuckDbAppenderRow AppendValue(bool? value)
    {
        if (value is { } v)
        {
            _appender.Append(v);
        }
        else
        {
            _appender.AppendNull();
        }

        return this;
    }

    public DuckDbAppenderRow AppendValue(sbyte? value)
    {
        if (value is { } v)
        {
            _appender.Append(v);
        }
        else
        {
            _appender.AppendNull();
        }

        return this;
    }

    public DuckDbAppenderRow AppendValue(short? value)
    {
        if (value is { } v)
        {
            _appender.Append(v);
        }
        else
        {
            _appender.AppendNull();
        }

        return this;
    }

    public DuckDbAppenderRow AppendValue(int? value)
    {
        if (value is { } v)
        {
            _appender.Append(v);
        }
        else
        {
            _appender.AppendNull();
        }

        return this;
    }

    public DuckDbAppenderRow AppendValue(long? value)
    {
        if (value is { } v)
        {
            _appender.Append(v);
        }
        else
        {
            _appender.AppendNull();
        }

        return this;
    }

    public DuckDbAppenderRow AppendValue(byte? value)
    {
        if (value is { } v)
        {
            _appender.Append(v);
        }
        else
        {
            _appender.AppendNull();
        }

        return this;
    }

    public DuckDbAppenderRow AppendValue(ushort? value)
    {
        if (value is { } v)
        {
            _appender.Append(v);
        }
        else
        {
            _appender.AppendNull();
        }

        return this;
    }

    public DuckDbAppenderRow AppendValue(uint? value)
    {
        if (value is { } v)
        {
            _appender.Append(v);
        }
        else
        {
            _appender.AppendNull();
        }

        return this;
    }

    public DuckDbAppenderRow AppendValue(ulong? value)
    {
        if (value is { } v)
        {
            _appender.Append(v);
        }
        else
        {
            _appender.AppendNull();
        }

        return this;
    }

    public DuckDbAppenderRow AppendValue(Int128? value)
    {
        if (value is { } v)
        {
            _appender.Append(v);
        }
        else
        {
            _appender.AppendNull();
        }

        return this;
    }

    public DuckDbAppenderRow AppendValue(float? value)
    {
        if (value is { } v)
        {
            _appender.Append(v);
        }
        else
        {
            _appender.AppendNull();
        }

        return this;
    }

    public DuckDbAppenderRow AppendValue(double? value)
    {
        if (value is { } v)
        {
            _appender.Append(v);
        }
        else
        {
            _appender.AppendNull();
        }

        return this;
    }

    public DuckDbAppenderRow AppendValue(decimal? value)
    {
        if (value is { } v)
        {
            _appender.Append(v);
        }
        else
        {
            _appender.AppendNull();
        }

        return this;
    }

    public DuckDbAppenderRow AppendValue(DateOnly? value)
    {
        if (value is { } v)
        {
            _appender.Append(v);
        }
        else
        {
            _appender.AppendNull();
        }

        return this;
    }

    public DuckDbAppenderRow AppendValue(DateTime? value)
    {
        if (value is { } v)
        {
            _appender.Append(v);
        }
        else
        {
            _appender.AppendNull();
        }

        return this;
    }

    public DuckDbAppenderRow AppendValue(TimeSpan? value)
    {
        if (value is { } v)
        {
            _appender.Append(v);
        }
        else
        {
            _appender.AppendNull();
        }

        return this;
    }

    public DuckDbAppenderRow AppendValue(Guid? value)
    {
        if (value is { } v)
        {
            _appender.Append(v);
        }
        else
        {
            _appender.AppendNull();
        }

        return this;
    }

    public DuckDbAppenderRow AppendValue(string? value)
    {
        if (value is { } v)
        {
            _appender.Append(v);
        }
        else
        {
            _appender.AppendNull();
        }

        return this;
    }

    public DuckDbAppenderRow AppendValue(byte[]? value)
    {
        if (value is { } v)
        {
            _appender.Append(v);
        }
        else
        {
            _appender.AppendNull();
        }

        return this;
    }
}
