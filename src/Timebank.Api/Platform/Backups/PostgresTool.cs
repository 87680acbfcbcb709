using System.Diagnostics;
using Npgsql;

namespace Timebank.Api.Platform.Backups;

/// <summary>
/// Runs one of PostgreSQL's client tools (pg_dump, pg_restore) found on PATH against the configured database: host,
/// port, user and database as arguments, the password only through PGPASSWORD, so it is never on a command line.
/// </summary>
internal sealed class PostgresTool(string connectionString)
{
    private readonly NpgsqlConnectionStringBuilder _connection = new(connectionString);

    public string Database => _connection.Database ?? _connection.Username ?? "postgres";

    public string Server => $"{_connection.Host ?? "localhost"}:{_connection.Port}";

    /// <summary>Runs the tool with these arguments (and, if <paramref name="connect"/>, the connection's); its output, or a problem with its own message.</summary>
    public async Task<string> RunAsync(string tool, IEnumerable<string> arguments, bool connect, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Find(tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (connect)
        {
            foreach (var argument in ConnectionArguments())
                start.ArgumentList.Add(argument);
            if (!string.IsNullOrEmpty(_connection.Password))
                start.Environment["PGPASSWORD"] = _connection.Password;
            if (SslMode(_connection.SslMode) is { } sslMode)
                start.Environment["PGSSLMODE"] = sslMode;
        }
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new BackupRefusedException($"{tool} failed (exit code {process.ExitCode}): {(await errors).Trim()}");
        return await output;
    }

    private IEnumerable<string> ConnectionArguments()
    {
        yield return "--host=" + (_connection.Host ?? "localhost");
        yield return "--port=" + _connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(_connection.Username))
            yield return "--username=" + _connection.Username;
        yield return "--no-password";
        yield return "--dbname=" + Database;
    }

    private static string Find(string tool)
    {
        var names = OperatingSystem.IsWindows() ? new[] { tool + ".exe" } : [tool];
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.SelectMany(folder => names.Select(name => Path.Combine(folder, name))).FirstOrDefault(File.Exists)
            ?? throw new BackupRefusedException($"{tool} was not found on PATH. Install PostgreSQL's client tools (the server's major version or newer) and put their folder on PATH.");
    }

    private static string? SslMode(Npgsql.SslMode mode) => mode switch
    {
        Npgsql.SslMode.Disable => "disable",
        Npgsql.SslMode.Allow => "allow",
        Npgsql.SslMode.Require => "require",
        Npgsql.SslMode.VerifyCA => "verify-ca",
        Npgsql.SslMode.VerifyFull => "verify-full",
        _ => null,
    };
}
