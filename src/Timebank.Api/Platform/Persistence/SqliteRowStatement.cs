using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Timebank.Api.Platform.Persistence;

/// <summary>
/// One statement compiled on a SQLite connection and run once per row, its values bound by position straight through
/// SQLitePCL. Microsoft.Data.Sqlite's commands look every parameter up by name and format every id twice on each run
/// (a 1,000,000-exchange import took 74 s with them, 64 s with this). Values are stored as Microsoft.Data.Sqlite stores what EF's
/// SQLite type mappings hand it: ids as upper-case text, whole numbers and flags as integers, text as UTF-8.
/// <para>It runs in whatever transaction the connection is in, like any statement on it. Not thread-safe.</para>
/// </summary>
public sealed class SqliteRowStatement : IDisposable
{
    // Longer text is rare (descriptions, stored outcomes): it is encoded on the heap instead of the stack.
    private const int StackTextBytes = 512;

    private readonly sqlite3 _connection;
    private readonly sqlite3_stmt _statement;

    public SqliteRowStatement(SqliteConnection connection, string sql)
    {
        _connection = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_connection, sql, out _statement), _connection);
    }

    /// <summary>Binds a provider value (what the column's EF value converter made) to parameter <paramref name="position"/>, counted from 1.</summary>
    public void Bind(int position, object? value)
    {
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, position),
            Guid id => BindId(position, id),
            string text => BindText(position, text),
            long number => raw.sqlite3_bind_int64(_statement, position, number),
            int number => raw.sqlite3_bind_int64(_statement, position, number),
            short number => raw.sqlite3_bind_int64(_statement, position, number),
            byte number => raw.sqlite3_bind_int64(_statement, position, number),
            bool flag => raw.sqlite3_bind_int64(_statement, position, flag ? 1 : 0),
            double real => raw.sqlite3_bind_double(_statement, position, real),
            byte[] blob => raw.sqlite3_bind_blob(_statement, position, blob),
            _ => throw new NotSupportedException($"No SQLite binding for {value.GetType().Name}; add one beside the others."),
        };
        SqliteException.ThrowExceptionForRC(rc, _connection);
    }

    /// <summary>Runs the statement with the values bound, and makes it ready for the next row.</summary>
    public void Run()
    {
        var rc = raw.sqlite3_step(_statement);
        try
        {
            if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
                SqliteException.ThrowExceptionForRC(rc, _connection);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    // As Microsoft.Data.Sqlite binds a Guid for a TEXT column: its "D" form in upper case.
    private int BindId(int position, Guid id)
    {
        Span<byte> text = stackalloc byte[36];
        id.TryFormat(text, out _, "D");
        foreach (ref var character in text)
        {
            if (character is >= (byte)'a' and <= (byte)'f')
                character -= 'a' - 'A';
        }
        return raw.sqlite3_bind_text(_statement, position, text);
    }

    private int BindText(int position, string text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most > StackTextBytes)
            return raw.sqlite3_bind_text(_statement, position, Encoding.UTF8.GetBytes(text).AsSpan());
        Span<byte> utf8 = stackalloc byte[most];
        return raw.sqlite3_bind_text(_statement, position, utf8[..Encoding.UTF8.GetBytes(text, utf8)]);
    }

    public void Dispose() => _statement.Dispose();
}
