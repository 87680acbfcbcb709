using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Timebank.Api.Platform.Persistence;

/// <summary>
/// The ledger writer's own SQLite connection, open for the life of the process. SQLite has one writer at a time
/// anyway; a connection of its own keeps its page cache between commits (a pooled connection drops its cache
/// whenever another one has written), and it can tell whether anyone else wrote since its last commit
/// (<see cref="ChangedByOthersAsync"/>), which lets the writer keep committed account states in memory.
/// Used by one thread at a time: the writer's.
/// <para>
/// Checkpoints (copying the write-ahead log back into the database file) mostly run beside the writer, on a
/// connection of their own every <c>checkpointInterval</c>, so commits do not wait for them. They cannot finish
/// while commits keep arriving, so the writer also checkpoints itself once the log reaches <c>checkpointPages</c>:
/// by then little is left to copy, and the log starts over.
/// </para>
/// </summary>
public sealed partial class SqliteWriterConnection : IStatementCache, IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SqliteRowStatement> _rowStatements = new(StringComparer.Ordinal);
    private readonly SqliteConnection _connection;
    private readonly DbContextOptions<SqliteTimebankDbContext> _options;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _checkpoints;
    private readonly ILogger _logger;
    private long? _dataVersion;
    private SqliteTimebankDbContext? _context;

    public SqliteWriterConnection(
        string connectionString, IEnumerable<IInterceptor> interceptors, int cacheMegabytes, int checkpointPages, TimeSpan checkpointInterval, ILogger logger)
    {
        _logger = logger;
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        using var pragmas = _connection.CreateCommand();
        // synchronous=FULL is SQLite's default here; saying so keeps durability from depending on a build option.
        pragmas.CommandText = $"""
            PRAGMA foreign_keys = ON;
            PRAGMA synchronous = FULL;
            PRAGMA cache_size = -{cacheMegabytes * 1024};
            PRAGMA wal_autocheckpoint = {checkpointPages};
            """;
        pragmas.ExecuteNonQuery();
        _options = new DbContextOptionsBuilder<SqliteTimebankDbContext>().UseSqlite(_connection).AddInterceptors(interceptors).Options;
        _checkpoints = checkpointInterval > TimeSpan.Zero ? CheckpointBesideAsync(connectionString, checkpointInterval, _stop.Token) : Task.CompletedTask;
    }

    private async Task CheckpointBesideAsync(string connectionString, TimeSpan interval, CancellationToken stopping)
    {
        await using var checkpointConnection = new SqliteConnection(connectionString);
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                try
                {
                    if (checkpointConnection.State != System.Data.ConnectionState.Open)
                        await checkpointConnection.OpenAsync(stopping);
                    await using var command = checkpointConnection.CreateCommand();
                    command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                    await command.ExecuteNonQueryAsync(stopping);
                }
                catch (SqliteException failure)
                {
                    LogCheckpointFailed(_logger, failure);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// The writer's context over this connection, one for the connection's life: a new context per batch resolved
    /// EF's internal services every time (a few percent of the server's CPU under load). It tracks nothing (the writer
    /// reads untracked and writes with <see cref="BulkWriter"/>); whatever a failed batch left tracked is cleared here.
    /// </summary>
    public TimebankDbContext Context
    {
        get
        {
            _context ??= new SqliteTimebankDbContext(_options) { Statements = this };
            _context.ChangeTracker.Clear();
            return _context;
        }
    }

    /// <summary>A command on this connection, compiled on its first run and kept (with its parameters) for the next.</summary>
    public System.Data.Common.DbCommand Statement(string sql)
    {
        if (!_statements.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _statements[sql] = command;
        }
        return command;
    }

    /// <summary>A row statement on this connection, compiled on its first use and kept for the next.</summary>
    public SqliteRowStatement RowStatement(string sql)
    {
        if (!_rowStatements.TryGetValue(sql, out var statement))
        {
            statement = new SqliteRowStatement(_connection, sql);
            _rowStatements[sql] = statement;
        }
        return statement;
    }

    /// <summary>
    /// True when another connection (in this process or another) has committed since this was last asked. Call it
    /// inside the write transaction: nobody else can commit until it ends, so a false answer holds for all of it.
    /// </summary>
    public async Task<bool> ChangedByOthersAsync(CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        var version = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        var changed = _dataVersion != version;
        _dataVersion = version;
        return changed;
    }

    public void Dispose()
    {
        if (_stop.IsCancellationRequested)
            return;
        _stop.Cancel();
        _checkpoints.GetAwaiter().GetResult();
        _context?.Dispose();
        foreach (var statement in _statements.Values)
            statement.Dispose();
        // SQLite closes a connection only once its compiled statements are gone.
        foreach (var statement in _rowStatements.Values)
            statement.Dispose();
        _connection.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A background checkpoint of the SQLite log failed; the next one will try again")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}
