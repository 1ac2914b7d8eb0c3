using System.Runtime.InteropServices;

namespace Warehouse.DuckDb.Native;

/// <summary>
/// The slice of the DuckDB C API (src/include/duckdb.h, v1.5) this provider uses. Handles are
/// plain pointers here; the SafeHandle classes own their lifetimes. Strings go in as UTF-8.
/// Structs DuckDB passes by value that hold one integer (duckdb_date, duckdb_timestamp,
/// duckdb_time) are declared as that integer, which is the same in the C calling convention.
/// </summary>
internal static unsafe partial class NativeMethods
{
    private const string Library = "duckdb";

    static NativeMethods() => NativeLibraryLoader.Register(typeof(NativeMethods).Assembly);

    // --- open / connect / config
    [LibraryImport(Library, EntryPoint = "duckdb_library_version")]
    public static partial nint LibraryVersion();

    [LibraryImport(Library, EntryPoint = "duckdb_create_config")]
    public static partial DuckDbState CreateConfig(out nint config);

    [LibraryImport(Library, EntryPoint = "duckdb_set_config", StringMarshalling = StringMarshalling.Utf8)]
    public static partial DuckDbState SetConfig(nint config, string name, string option);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_config")]
    public static partial void DestroyConfig(ref nint config);

    [LibraryImport(Library, EntryPoint = "duckdb_create_instance_cache")]
    public static partial nint CreateInstanceCache();

    [LibraryImport(Library, EntryPoint = "duckdb_get_or_create_from_cache", StringMarshalling = StringMarshalling.Utf8)]
    public static partial DuckDbState GetOrCreateFromCache(nint cache, string? path, out nint database, nint config, out nint error);

    [LibraryImport(Library, EntryPoint = "duckdb_open_ext", StringMarshalling = StringMarshalling.Utf8)]
    public static partial DuckDbState OpenExt(string? path, out nint database, nint config, out nint error);

    [LibraryImport(Library, EntryPoint = "duckdb_close")]
    public static partial void Close(ref nint database);

    [LibraryImport(Library, EntryPoint = "duckdb_connect")]
    public static partial DuckDbState Connect(nint database, out nint connection);

    [LibraryImport(Library, EntryPoint = "duckdb_disconnect")]
    public static partial void Disconnect(ref nint connection);

    [LibraryImport(Library, EntryPoint = "duckdb_interrupt")]
    public static partial void Interrupt(nint connection);

    [LibraryImport(Library, EntryPoint = "duckdb_free")]
    public static partial void Free(nint pointer);

    // --- statements
    [LibraryImport(Library, EntryPoint = "duckdb_extract_statements", StringMarshalling = StringMarshalling.Utf8)]
    public static partial ulong ExtractStatements(nint connection, string query, out nint extracted);

    [LibraryImport(Library, EntryPoint = "duckdb_extract_statements_error")]
    public static partial nint ExtractStatementsError(nint extracted);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_extracted")]
    public static partial void DestroyExtracted(ref nint extracted);

    [LibraryImport(Library, EntryPoint = "duckdb_prepare_extracted_statement")]
    public static partial DuckDbState PrepareExtractedStatement(nint connection, nint extracted, ulong index, out nint statement);

    [LibraryImport(Library, EntryPoint = "duckdb_prepare_error")]
    public static partial nint PrepareError(nint statement);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_prepare")]
    public static partial void DestroyPrepare(ref nint statement);

    [LibraryImport(Library, EntryPoint = "duckdb_nparams")]
    public static partial ulong ParameterCount(nint statement);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_parameter_index", StringMarshalling = StringMarshalling.Utf8)]
    public static partial DuckDbState BindParameterIndex(nint statement, out ulong index, string name);

    [LibraryImport(Library, EntryPoint = "duckdb_clear_bindings")]
    public static partial DuckDbState ClearBindings(nint statement);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_null")]
    public static partial DuckDbState BindNull(nint statement, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_boolean")]
    public static partial DuckDbState BindBoolean(nint statement, ulong index, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int8")]
    public static partial DuckDbState BindInt8(nint statement, ulong index, sbyte value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int16")]
    public static partial DuckDbState BindInt16(nint statement, ulong index, short value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int32")]
    public static partial DuckDbState BindInt32(nint statement, ulong index, int value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int64")]
    public static partial DuckDbState BindInt64(nint statement, ulong index, long value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint8")]
    public static partial DuckDbState BindUInt8(nint statement, ulong index, byte value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint16")]
    public static partial DuckDbState BindUInt16(nint statement, ulong index, ushort value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint32")]
    public static partial DuckDbState BindUInt32(nint statement, ulong index, uint value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint64")]
    public static partial DuckDbState BindUInt64(nint statement, ulong index, ulong value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_hugeint")]
    public static partial DuckDbState BindHugeInt(nint statement, ulong index, DuckDbHugeInt value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_decimal")]
    public static partial DuckDbState BindDecimal(nint statement, ulong index, DuckDbDecimalStruct value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_float")]
    public static partial DuckDbState BindFloat(nint statement, ulong index, float value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_double")]
    public static partial DuckDbState BindDouble(nint statement, ulong index, double value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_date")]
    public static partial DuckDbState BindDate(nint statement, ulong index, int days);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_time")]
    public static partial DuckDbState BindTime(nint statement, ulong index, long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_timestamp")]
    public static partial DuckDbState BindTimestamp(nint statement, ulong index, long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_varchar_length")]
    public static partial DuckDbState BindVarcharLength(nint statement, ulong index, byte* value, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_blob")]
    public static partial DuckDbState BindBlob(nint statement, ulong index, byte* data, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_prepared_statement_type")]
    public static partial int PreparedStatementType(nint statement);

    // --- execution and results
    [LibraryImport(Library, EntryPoint = "duckdb_execute_prepared")]
    public static partial DuckDbState ExecutePrepared(nint statement, DuckDbResultStruct* result);

    [LibraryImport(Library, EntryPoint = "duckdb_pending_prepared_streaming")]
    public static partial DuckDbState PendingPreparedStreaming(nint statement, out nint pending);

    [LibraryImport(Library, EntryPoint = "duckdb_pending_error")]
    public static partial nint PendingError(nint pending);

    [LibraryImport(Library, EntryPoint = "duckdb_execute_pending")]
    public static partial DuckDbState ExecutePending(nint pending, DuckDbResultStruct* result);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_pending")]
    public static partial void DestroyPending(ref nint pending);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_result")]
    public static partial void DestroyResult(DuckDbResultStruct* result);

    [LibraryImport(Library, EntryPoint = "duckdb_result_error")]
    public static partial nint ResultError(DuckDbResultStruct* result);

    [LibraryImport(Library, EntryPoint = "duckdb_result_return_type")]
    public static partial DuckDbResultType ResultReturnType(DuckDbResultStruct result);

    [LibraryImport(Library, EntryPoint = "duckdb_column_count")]
    public static partial ulong ColumnCount(DuckDbResultStruct* result);

    [LibraryImport(Library, EntryPoint = "duckdb_column_name")]
    public static partial nint ColumnName(DuckDbResultStruct* result, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_column_logical_type")]
    public static partial nint ColumnLogicalType(DuckDbResultStruct* result, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_rows_changed")]
    public static partial ulong RowsChanged(DuckDbResultStruct* result);

    [LibraryImport(Library, EntryPoint = "duckdb_fetch_chunk")]
    public static partial nint FetchChunk(DuckDbResultStruct result);

    // --- logical types
    [LibraryImport(Library, EntryPoint = "duckdb_get_type_id")]
    public static partial DuckDbType GetTypeId(nint logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_width")]
    public static partial byte DecimalWidth(nint logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_scale")]
    public static partial byte DecimalScale(nint logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_internal_type")]
    public static partial DuckDbType DecimalInternalType(nint logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_enum_internal_type")]
    public static partial DuckDbType EnumInternalType(nint logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_enum_dictionary_size")]
    public static partial uint EnumDictionarySize(nint logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_enum_dictionary_value")]
    public static partial nint EnumDictionaryValue(nint logicalType, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_logical_type")]
    public static partial void DestroyLogicalType(ref nint logicalType);

    // --- data chunks and vectors
    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_size")]
    public static partial ulong DataChunkGetSize(nint chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_vector")]
    public static partial nint DataChunkGetVector(nint chunk, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_data")]
    public static partial nint VectorGetData(nint vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_validity")]
    public static partial ulong* VectorGetValidity(nint vector);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_data_chunk")]
    public static partial void DestroyDataChunk(ref nint chunk);

    // --- appender
    [LibraryImport(Library, EntryPoint = "duckdb_appender_create", StringMarshalling = StringMarshalling.Utf8)]
    public static partial DuckDbState AppenderCreate(nint connection, string? schema, string table, out nint appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_error_data")]
    public static partial nint AppenderErrorData(nint appender);

    [LibraryImport(Library, EntryPoint = "duckdb_error_data_message")]
    public static partial nint ErrorDataMessage(nint errorData);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_error_data")]
    public static partial void DestroyErrorData(ref nint errorData);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_end_row")]
    public static partial DuckDbState AppenderEndRow(nint appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_flush")]
    public static partial DuckDbState AppenderFlush(nint appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_close")]
    public static partial DuckDbState AppenderClose(nint appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_destroy")]
    public static partial DuckDbState AppenderDestroy(ref nint appender);

    [LibraryImport(Library, EntryPoint = "duckdb_append_null")]
    public static partial DuckDbState AppendNull(nint appender);

    [LibraryImport(Library, EntryPoint = "duckdb_append_bool")]
    public static partial DuckDbState AppendBool(nint appender, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_int8")]
    public static partial DuckDbState AppendInt8(nint appender, sbyte value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_int16")]
    public static partial DuckDbState AppendInt16(nint appender, short value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_int32")]
    public static partial DuckDbState AppendInt32(nint appender, int value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_int64")]
    public static partial DuckDbState AppendInt64(nint appender, long value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_uint8")]
    public static partial DuckDbState AppendUInt8(nint appender, byte value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_uint16")]
    public static partial DuckDbState AppendUInt16(nint appender, ushort value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_uint32")]
    public static partial DuckDbState AppendUInt32(nint appender, uint value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_uint64")]
    public static partial DuckDbState AppendUInt64(nint appender, ulong value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_hugeint")]
    public static partial DuckDbState AppendHugeInt(nint appender, DuckDbHugeInt value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_float")]
    public static partial DuckDbState AppendFloat(nint appender, float value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_double")]
    public static partial DuckDbState AppendDouble(nint appender, double value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_date")]
    public static partial DuckDbState AppendDate(nint appender, int days);

    [LibraryImport(Library, EntryPoint = "duckdb_append_time")]
    public static partial DuckDbState AppendTime(nint appender, long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_append_timestamp")]
    public static partial DuckDbState AppendTimestamp(nint appender, long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_append_varchar_length")]
    public static partial DuckDbState AppendVarcharLength(nint appender, byte* value, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_append_blob")]
    public static partial DuckDbState AppendBlob(nint appender, byte* data, ulong length);
}
