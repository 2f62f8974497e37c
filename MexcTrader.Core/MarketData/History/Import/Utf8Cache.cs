using System.Text;

namespace MexcTrader.Core.MarketData.History.Import;

/// <summary>The UTF-8 bytes of the last string asked for (symbol and interval repeat on every row of a bulk load).</summary>
internal sealed class Utf8Cache
{
    private string? _text;
    private byte[] _bytes = [];

    public byte[] Get(string text)
    {
        if (!ReferenceEquals(text, _text) && text != _text)
        {
            (_text, _bytes) = (text, Encoding.UTF8.GetBytes(text));
        }
        return _bytes;
    }
}
