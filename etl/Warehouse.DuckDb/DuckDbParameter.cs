using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace Warehouse.DuckDb;

/// <summary>
/// A query parameter. A name (with or without its <c>$</c>) binds to <c>$name</c> in the SQL; a
/// name of digits binds to <c>$1</c>…; parameters without a name fill <c>?</c> placeholders in order.
/// The value's .NET type decides how it is bound; DuckDB casts it to the placeholder's type.
/// </summary>
public sealed class DuckDbParameter : DbParameter
{
    private string _name = "";
    private string _sourceColumn = "";

    public DuckDbParameter()
    {
    }

    public DuckDbParameter(object? value) => Value = value;

    public DuckDbParameter(string name, object? value)
    {
        ParameterName = name;
        Value = value;
    }

    public override DbType DbType { get; set; } = DbType.Object;

    public override ParameterDirection Direction
    {
        get => ParameterDirection.Input;
        set
        {
            if (value != ParameterDirection.Input)
            {
                throw new NotSupportedException("DuckDB has input parameters only.");
            }
        }
    }

    public override bool IsNullable { get; set; } = true;

    [AllowNull]
    public override string ParameterName
    {
        get => _name;
        set => _name = value ?? "";
    }

    public override int Size { get; set; }

    [AllowNull]
    public override string SourceColumn
    {
        get => _sourceColumn;
        set => _sourceColumn = value ?? "";
    }

    public override bool SourceColumnNullMapping { get; set; }

    public override object? Value { get; set; }

    public override void ResetDbType() => DbType = DbType.Object;

    /// <summary>The name as DuckDB knows it: without the $, @ or : some callers put in front.</summary>
    internal string PlaceholderName => _name.TrimStart('$', '@', ':', '?');
}
