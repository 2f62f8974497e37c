using System.Net;
using Hangfire.Dashboard;

namespace MexcTrader.Web.Jobs;

/// <summary>Lets only requests from this machine see the Hangfire dashboard: it can delete and re-run jobs.</summary>
public sealed class LoopbackDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsLoopback(context.GetHttpContext().Connection.RemoteIpAddress);
    }

    /// <summary>An unknown remote address (no socket, e.g. an in-process server) is not trusted.</summary>
    public static bool IsLoopback(IPAddress? remote) =>
        remote is not null
        // a dual-mode socket bound to [::] reports IPv4 clients as ::ffff:a.b.c.d
        && IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote);
}
