namespace MexcTrader.Core.Indicators;

/// <summary>The value <c>period</c> updates ago, from a ring allocated once (shared by ROC and MOM).</summary>
internal sealed class Lag
{
    private readonly double[] _window;
    private int _slot;
    private int _count;

    public Lag(int period)
    {
        _window = new double[period];
    }

    /// <summary>Stores the value and returns true with the value from <c>period</c> updates ago once there is one.</summary>
    public bool Push(double value, out double old)
    {
        old = _window[_slot];
        _window[_slot] = value;
        if (++_slot == _window.Length)
        {
            _slot = 0;
        }
        if (_count >= _window.Length)
        {
            return true;
        }
        _count++;
        return false;
    }
}
