using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Bot.Tests.Shared;

/// <summary>
/// A real PostgreSQL server for the tests, shared by every test class in <see cref="PostgresCollection"/>. With <c>JKBOT_TEST_PG</c>
/// set (CI's own cluster) that server is used; otherwise a throwaway cluster is made with the machine's binaries in a temp
/// folder, on a free loopback port, as an unprivileged user when we are root (PostgreSQL refuses to run as root), and always
/// stopped and deleted on dispose. Each test gets its own schema, so tests never see each other's rows.
/// </summary>
public class PostgresCluster : IDisposable
{
    /// <summary>A connection string (admin rights) to a server the tests may use; set by <c>.ci/run</c>.</summary>
    public const string ServerVariable = "JKBOT_TEST_PG";

    /// <summary>Where to find initdb and pg_ctl when they are not in /usr/lib/postgresql/*/bin.</summary>
    public const string BinariesVariable = "JKBOT_PG_BIN";

    private const string UnprivilegedUser = "nobody";
    private readonly string? _root;
    private readonly string? _data;
    private readonly string _adminConnectionString;
    private int _schemas;

    public PostgresCluster()
        : this(useGivenServer: true)
    {
    }

    protected PostgresCluster(bool useGivenServer)
    {
        if (useGivenServer && Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } given)
        {
            _adminConnectionString = given;
            return;
        }

        var bin = Binaries() ?? throw new InvalidOperationException(UnavailableReason);
        _root = Directory.CreateTempSubdirectory("jkbot-pg-").FullName;
        _data = Path.Combine(_root, "data");
        Port = FreePort();
        try
        {
            if (Environment.IsPrivilegedProcess)
            {
                Run("chown", UnprivilegedUser, _root);
            }

            AsServerUser(Path.Combine(bin, "initdb"), "-D", _data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C");
            PgCtl = Path.Combine(bin, "pg_ctl");
            Start();
        }
        catch
        {
            Dispose();
            throw;
        }

        _adminConnectionString = $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";
    }

    /// <summary>Why the PostgreSQL tests cannot run here, or null when they can.</summary>
    public static string? UnavailableReason { get; } =
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } || Binaries() is not null
            ? null
            : $"no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or ${BinariesVariable}, and no ${ServerVariable}: "
              + "install the postgresql package (apt-get install postgresql) to run the PostgreSQL store tests";

    /// <summary>Why a cluster of our own (one the fault tests may stop) cannot be made here, or null when it can.</summary>
    public static string? OwnClusterUnavailableReason { get; } = Binaries() is null
        ? $"no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or ${BinariesVariable}: the fault tests stop and "
          + "start a cluster of their own; install the postgresql package to run them"
        : null;

    /// <summary>The loopback port of the throwaway cluster (0 when a given server is used).</summary>
    public int Port { get; }

    private string? PgCtl { get; }

    /// <summary>True when this fixture owns the server, so tests may stop and start it.</summary>
    public bool CanRestart => _data is not null;

    /// <summary>A connection string to a new, empty schema of its own (the stores create their tables in it).</summary>
    public string NewSchema(string? password = null)
    {
        var schema = $"t{Environment.ProcessId}_{Interlocked.Increment(ref _schemas)}";
        using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}", connection);
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(_adminConnectionString) { SearchPath = schema, Pooling = true };
        if (password is not null)
        {
            builder.Password = password;
        }

        return builder.ConnectionString;
    }

    /// <summary>True while the fixture's own server runs (always true for a given server).</summary>
    public bool IsRunning => _data is null || File.Exists(Path.Combine(_data, "postmaster.pid"));

    /// <summary>Stops the server at once, as a crash would (fault tests).</summary>
    public void Stop() => AsServerUser(PgCtl!, "-D", _data!, "-m", "immediate", "-w", "stop");

    public void Start() => AsServerUser(PgCtl!, "-D", _data!, "-w", "-t", "60", "-l", Path.Combine(_root!, "server.log"), "-o",
        $"-c listen_addresses=127.0.0.1 -p {Port} -k {_root} -c fsync=off -c max_connections=200", "start");

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (_data is not null && IsRunning)
        {
            try
            {
                Stop();
            }
            catch (InvalidOperationException)
            {
                // Already stopped (a fault test's leftover); deleting the folder is all that remains.
            }
        }

        if (_root is not null && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static string? Binaries()
    {
        if (Environment.GetEnvironmentVariable(BinariesVariable) is { Length: > 0 } configured && File.Exists(Path.Combine(configured, "initdb")))
        {
            return configured;
        }

        const string installed = "/usr/lib/postgresql";
        return Directory.Exists(installed)
            ? Directory.EnumerateDirectories(installed)
                .Select(d => Path.Combine(d, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void AsServerUser(string program, params string[] arguments)
    {
        if (Environment.IsPrivilegedProcess)
        {
            Run("runuser", ["-u", UnprivilegedUser, "--", program, .. arguments]);
        }
        else
        {
            Run(program, arguments);
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {error}{output.Result}");
        }
    }
}

/// <summary>A cluster the tests own even where CI gives one, so fault tests may stop and start it.</summary>
public sealed class OwnPostgresCluster() : PostgresCluster(useGivenServer: false);

/// <summary>The fault tests: they stop the server, so they never share it with the other PostgreSQL tests.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresFaultsCollection : ICollectionFixture<OwnPostgresCluster>
{
    public const string Name = "PostgreSQL faults";
}

/// <summary>Every test class that talks to <see cref="PostgresCluster"/>: one server for all of them, and never two at once.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";
}
