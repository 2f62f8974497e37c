namespace MexcTrader.Core.Exchange.Mexc.WebSocket;

/// <summary>A minimal protobuf wire reader over a span; every read is bounds-checked and reports failure, never throws.</summary>
internal ref struct ProtoReader(ReadOnlySpan<byte> data)
{
    public const int Varint = 0;
    public const int Fixed64 = 1;
    public const int LengthDelimited = 2;
    public const int Fixed32 = 5;

    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;
    private bool _failed;

    public readonly bool IsAtEnd => !_failed && _position == _data.Length;

    public bool TryReadTag(out int field, out int wireType)
    {
        field = 0;
        wireType = 0;
        if (_failed || _position >= _data.Length)
        {
            return false;
        }
        if (!TryReadVarint(out var tag) || tag >> 3 is 0 or > int.MaxValue)
        {
            _failed = true;
            return false;
        }
        field = (int)(tag >> 3);
        wireType = (int)(tag & 7);
        return true;
    }

    public bool TryReadVarint(out ulong value)
    {
        value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_position >= _data.Length)
            {
                return Fail();
            }
            var b = _data[_position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return true;
            }
        }
        return Fail();
    }

    public bool TryReadBytes(out ReadOnlySpan<byte> bytes)
    {
        bytes = default;
        if (!TryReadVarint(out var length) || length > (ulong)(_data.Length - _position))
        {
            return Fail();
        }
        bytes = _data.Slice(_position, (int)length);
        _position += (int)length;
        return true;
    }

    public bool TrySkip(int wireType)
    {
        switch (wireType)
        {
            case Varint:
                return TryReadVarint(out _);
            case LengthDelimited:
                return TryReadBytes(out _);
            case Fixed64:
                return Advance(8);
            case Fixed32:
                return Advance(4);
            default:
                return Fail();
        }
    }

    private bool Advance(int count)
    {
        if (_data.Length - _position < count)
        {
            return Fail();
        }
        _position += count;
        return true;
    }

    private bool Fail()
    {
        _failed = true;
        return false;
    }
}
