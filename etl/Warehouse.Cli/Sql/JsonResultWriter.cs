using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Warehouse.Cli.Sql;

/// <summary>
/// Each result set as one JSON array of row objects on its own line; numbers stay numbers,
/// Chinese text stays readable (no \u escapes). Streams: the buffer is handed to the output
/// every few rows, always at a row boundary so no UTF-8 sequence is split.
/// </summary>
internal sealed class JsonResultWriter(TextWriter output) : IResultWriter
{
    private const int FlushAt = 1 << 16;
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(DbDataReader reader)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, Options);
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        json.WriteStartArray();
        while (reader.Read())
        {
            json.WriteStartObject();
            for (var i = 0; i < names.Length; i++)
            {
                json.WritePropertyName(names[i]);
                WriteValue(json, reader.GetValue(i));
            }

            json.WriteEndObject();
            if (json.BytesPending + buffer.WrittenCount > FlushAt)
            {
                Drain(json, buffer);
            }
        }

        json.WriteEndArray();
        Drain(json, buffer);
        output.WriteLine();
    }

    public void Finish(int recordsAffected, int resultSets) => output.Flush();

    private void Drain(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer)
    {
        json.Flush();
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }

    private static void WriteValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case DBNull:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case double d when double.IsFinite(d):
                json.WriteNumberValue(d);
                break;
            case float f when float.IsFinite(f):
                json.WriteNumberValue(f);
                break;
            case decimal m:
                json.WriteNumberValue(m);
                break;
            case sbyte or short or int or long or byte or ushort or uint:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong u:
                json.WriteNumberValue(u);
                break;
            case BigInteger big:
                json.WriteRawValue(big.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteStringValue(ValueText.Format(value));
                break;
        }
    }
}
