using System.Net;
using System.Net.Sockets;

namespace Warehouse.Scheduling.Tests.Support;

/// <summary>A loopback TCP port nothing listens on right now.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
