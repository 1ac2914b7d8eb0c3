using System.Text;
using Warehouse.Sources;

namespace Warehouse.Intake.Tests;

public sealed class TextDecoderTests
{
    private const string Sample = "2023年地区生产总值增长6.5%,各位代表:现在我代表县人民政府报告工作。";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void DecodesUtf8WithAndWithoutBom()
    {
        var plain = Encoding.UTF8.GetBytes(Sample);
        var withBom = Encoding.UTF8.GetPreamble().Concat(plain).ToArray();
        Assert.Equal(Sample, TextDecoder.Decode(plain).Text);
        Assert.Equal(Sample, TextDecoder.Decode(withBom).Text);
        Assert.Equal("utf-8", TextDecoder.Decode(withBom).Encoding);
    }

    [Fact]
    public void DecodesGb18030IncludingFourByteSequences()
    {
        // 𠈓 (U+20213) is a four-byte GB18030 sequence, 95 32 B7 37; .NET 9 once threw on it.
        var text = Sample + "𠈓";
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(text);
        Assert.True(ContainsSequence(bytes, [0x95, 0x32, 0xB7, 0x37]));
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal(text, decoded.Text);
        Assert.Equal("gb18030", decoded.Encoding);
    }

    [Fact]
    public void MapsCodesThatGb18030Of2022MovedOutOfThePrivateUseArea()
    {
        // A6D9 is U+E78D (private use) in GB18030-2005, U+FE10 (vertical comma) in GB18030-2022.
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("第一").Concat(new byte[] { 0xA6, 0xD9 }).ToArray();
        Assert.Equal("第一\uFE10", TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Utf8WithOneDamagedByteStaysUtf8()
    {
        var good = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Sample, 20)));
        var damaged = good.Take(600).Concat(new byte[] { 0xC3 }).Concat(good.Skip(600)).ToArray();

        var result = TextDecoder.Decode(damaged);

        Assert.StartsWith("utf-8", result.Encoding, StringComparison.Ordinal);
        Assert.Contains("replaced", result.Encoding, StringComparison.Ordinal);
        Assert.Contains(Sample, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DecodesGbkBytesAsGb18030()
    {
        var bytes = Encoding.GetEncoding(936).GetBytes(Sample);
        Assert.Equal(Sample, TextDecoder.Decode(bytes).Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DecodesUtf16WithBom(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Sample)).ToArray();
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(bigEndian ? "utf-16be" : "utf-16le", decoded.Encoding);
    }

    [Fact]
    public void RecognisesUtf16LeWithoutBomByItsZeroBytes()
    {
        var text = "Report 2023\n" + Sample + "\n1. 2. 3.\n";
        Assert.Equal(text, TextDecoder.Decode(Encoding.Unicode.GetBytes(text)).Text);
    }

    [Fact]
    public void RefusesEmptyAndWhitespaceOnly()
    {
        Assert.Contains("empty", TextDecoder.Decode([]).Failure);
        Assert.Contains("empty", TextDecoder.Decode(Encoding.UTF8.GetBytes(" \n\t\r\n")).Failure);
    }

    [Fact]
    public void RefusesBinary()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        var result = TextDecoder.Decode(bytes);
        Assert.Null(result.Text);
        Assert.NotNull(result.Failure);
    }

    [Fact]
    public void RefusesTextFullOfControlCharacters()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0x41 : 0x01)).ToArray();
        Assert.Contains("control characters", TextDecoder.Decode(bytes).Failure);
    }

    [Fact]
    public void RefusesBytesNeitherUtf8NorGb18030()
    {
        // 0xFF is not a valid lead byte in either encoding.
        var bytes = Encoding.UTF8.GetBytes("正文").Concat(new byte[] { 0xFF, 0xFF, 0x41 }).ToArray();
        Assert.Contains("undecodable", TextDecoder.Decode(bytes).Failure);
    }

    private static bool ContainsSequence(byte[] bytes, byte[] sequence) =>
        Enumerable.Range(0, bytes.Length - sequence.Length + 1).Any(i => bytes.AsSpan(i, sequence.Length).SequenceEqual(sequence));
}
