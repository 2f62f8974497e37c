using Microsoft.AspNetCore.Components;

namespace MexcTrader.Web.Components;

/// <summary>A page whose reads stop when the trader leaves it (the circuit disposes the page).</summary>
public abstract class PageBase : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _leaving = new();

    /// <summary>Cancelled when the page goes away; pass it to every read.</summary>
    protected CancellationToken Leaving => _leaving.Token;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            // cancelled, not disposed: a late callback may still read Leaving and must see a cancelled token
            _leaving.Cancel();
        }
    }
}
