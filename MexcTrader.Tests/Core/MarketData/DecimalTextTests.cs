using System.Globalization;
using System.Text;
using MexcTrader.Core.MarketData.History.Import;

namespace MexcTrader.Tests.Core.MarketData;

/// <summary>The fast decimal paths must give exactly what the framework gives (value and scale).</summary>
public sealed class DecimalTextTests
{
    private const NumberStyles Style =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    [Theory]
    [InlineData("0")]
    [InlineData("0.0")]
    [InlineData("0.00")]
    [InlineData("-0")]
    [InlineData("-0.000")]
    [InlineData("1")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("-1.50")]
    [InlineData("4261.48000000")]
    [InlineData("0.00000001")]
    [InlineData("1234567890123456789")]
    [InlineData("9999999999999999999")]
    [InlineData("12345678901234567890")]
    [InlineData("1.234567890123456789")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e5")]
    [InlineData("1E-3")]
    [InlineData("+5")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    [InlineData(" 1")]
    [InlineData("1,5")]
    [InlineData("--1")]
    public void TryParse_MatchesDecimalTryParse(string text)
    {
        var expectedOk = decimal.TryParse(text, Style, CultureInfo.InvariantCulture, out var expected);

        var ok = DecimalText.TryParse(Encoding.UTF8.GetBytes(text), out var actual);

        Assert.Equal(expectedOk, ok);
        Assert.Equal(decimal.GetBits(expected), decimal.GetBits(actual));
    }

    [Fact]
    public void TryParse_MatchesDecimalTryParse_OnRandomPlainNumbers()
    {
        var random = new Random(42);
        for (var i = 0; i < 20_000; i++)
        {
            var digits = random.Next(1, 22);
            var builder = new StringBuilder();
            if (random.Next(4) == 0)
            {
                builder.Append('-');
            }
            for (var d = 0; d < digits; d++)
            {
                builder.Append((char)('0' + random.Next(10)));
            }
            if (random.Next(3) > 0)
            {
                builder.Insert(random.Next(builder[0] == '-' ? 1 : 0, builder.Length + 1), '.');
            }
            var text = builder.ToString();
            var expectedOk = decimal.TryParse(text, Style, CultureInfo.InvariantCulture, out var expected);

            var ok = DecimalText.TryParse(Encoding.UTF8.GetBytes(text), out var actual);

            Assert.True(expectedOk == ok, text);
            Assert.True(decimal.GetBits(expected).SequenceEqual(decimal.GetBits(actual)), text);
        }
    }

    // Indexed so that values xunit displays alike (0.000 and -0.000) stay separate cases instead of being skipped.
    public static TheoryData<int, decimal> FormatCases()
    {
        decimal[] values =
        [
            0m,
            -0m,
            -0.000m,
            0.0m,
            0.000m,
            1m,
            47m,
            47.0m,
            100m,
            1.10m,
            4261.48000000m,
            0.00000001m,
            0.0000000000000000000000000001m,
            123456789012345678.9m,
            18446744073709551615m,
            18446744073709551616m,
            1844674407370955161.5m,
            decimal.MaxValue,
            decimal.MinValue,
            -1.5m,
            -0.00000001m,
            1000000.000100m,
        ];
        var cases = new TheoryData<int, decimal>();
        for (var i = 0; i < values.Length; i++)
        {
            cases.Add(i, values[i]);
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(FormatCases))]
    public void FormatForSqlite_MatchesMicrosoftDataSqlitesFormat(int index, decimal value)
    {
        Span<byte> buffer = stackalloc byte[64];

        var length = DecimalText.FormatForSqlite(value, buffer);

        _ = index; // only keeps the cases apart
        Assert.Equal(
            value.ToString(DecimalText.SqliteFormat, CultureInfo.InvariantCulture),
            Encoding.UTF8.GetString(buffer[..length])
        );
    }

    [Fact]
    public void FormatForSqlite_MatchesOnRandomValues()
    {
        var random = new Random(7);
        Span<byte> buffer = stackalloc byte[64];
        for (var i = 0; i < 20_000; i++)
        {
            var value = new decimal(
                random.Next(),
                random.Next(3) == 0 ? random.Next() : 0,
                random.Next(5) == 0 ? random.Next() : 0,
                random.Next(6) == 0,
                (byte)random.Next(29)
            );

            var length = DecimalText.FormatForSqlite(value, buffer);

            Assert.Equal(
                value.ToString(DecimalText.SqliteFormat, CultureInfo.InvariantCulture),
                Encoding.UTF8.GetString(buffer[..length])
            );
        }
    }
}
