using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Warehouse.Scheduling.Tests.Support;

/// <summary>
/// A throw-away PostgreSQL server for the cluster test: initdb into a temp folder, pg_ctl start
/// on a free loopback port with its socket in that folder, one database, all stopped and deleted
/// on dispose. PostgreSQL refuses to run as root, so as root every command runs as the
/// "postgres" user the Debian package creates (runuser).
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _folder;
    private readonly bool _asPostgresUser;

    private PostgresServer(string bin, string folder, int port, bool asPostgresUser)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database={database};Pooling=false";

    private string Data => Path.Combine(_folder, "data");

    public static async Task<PostgresServer> StartAsync(string database)
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("No PostgreSQL server binaries under /usr/lib/postgresql: run tests/Warehouse.Scheduling.Tests/prerequisites.sh (or tests/run).");
        }

        var folder = Path.Combine(Path.GetTempPath(), "warehouse-pg-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(folder);
        var asPostgresUser = Environment.UserName == "root";
        if (asPostgresUser)
        {
            await RunAsync("chown", ["postgres:postgres", folder]);
        }

        var server = new PostgresServer(bin, folder, FreePort.Next(), asPostgresUser);
        await server.PgAsync("initdb", ["-D", server.Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]);
        await server.PgAsync("pg_ctl", [
            "-D", server.Data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {server.Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100",
            "start"]);

        await using (var admin = new NpgsqlConnection(server.ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        return server;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await PgAsync("pg_ctl", ["-D", Data, "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Task PgAsync(string tool, string[] args) =>
        _asPostgresUser
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args])
            : RunAsync(Path.Combine(_bin, tool), args);

    private static async Task RunAsync(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {await output}{await errors}");
        }
    }
}
