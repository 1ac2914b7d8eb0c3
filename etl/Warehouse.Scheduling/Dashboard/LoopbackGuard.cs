using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Warehouse.Scheduling.Dashboard;

/// <summary>
/// Without a token the dashboard must be reachable from this machine only. The setting is not
/// enough: Kestrel also takes addresses from Kestrel:Endpoints, --urls and ASPNETCORE_URLS. So
/// every endpoint Kestrel is about to bind, whatever its source, is checked here, and a
/// non-loopback one stops the start before anything listens.
/// </summary>
public static class LoopbackGuard
{
    public static void RefuseOpenEndpoints(KestrelServerOptions kestrel) =>
        kestrel.ConfigureEndpointDefaults(endpoint =>
        {
            // Unix sockets and named pipes (no IP end point) are local by nature.
            if (endpoint.IPEndPoint is { } ip && !IPAddress.IsLoopback(ip.Address))
            {
                throw new OpenEndpointException(ip);
            }
        });
}

/// <summary>The host was about to listen beyond loopback without a token.</summary>
public sealed class OpenEndpointException(IPEndPoint endpoint)
    : Exception($"refusing to listen on {Describe(endpoint)}: it is reachable from other machines and Warehouse:Dashboard:Token is not set. " +
        "Set a token, or listen on 127.0.0.1 (Warehouse:Dashboard:Address, Kestrel:Endpoints, --urls, ASPNETCORE_URLS).")
{
    private static string Describe(IPEndPoint endpoint) =>
        endpoint.Address.Equals(IPAddress.Any) || endpoint.Address.Equals(IPAddress.IPv6Any)
            ? $"every address (port {endpoint.Port})"
            : endpoint.ToString();
}
