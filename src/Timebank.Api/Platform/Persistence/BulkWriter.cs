using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Timebank.Api.Platform.Persistence;

/// <summary>
/// Set-based writes for the ledger's hot path, instead of one tracked entity at a time. Tables, columns and value
/// conversions come from the EF model and its type mappings, so rows are stored exactly as EF would store them (ids,
/// instants, enums) on either store.
/// <para>
/// SQLite runs in-process: a compiled one-row statement run per row, its values bound by position, costs a few
/// microseconds (multi-row statements measured slower there: 20% on an import, even bound by position).
/// PostgreSQL is across a socket: rows go in multi-row statements, few round trips per batch.
/// </para>
/// <para>It writes in the caller's transaction, if any: wrap many rows in one, or each statement commits on its own.</para>
/// </summary>
public static class BulkWriter
{
    // Well under SQLite's and PostgreSQL's limits on parameters per command.
    private const int MaxParameters = 8_000;

    private static readonly ConcurrentDictionary<(Type Entity, string Provider, string Columns), Table> Tables = new();

    /// <summary>Inserts the entities, grouped by type, in the order the types first appear (parents before children).</summary>
    public static async Task InsertAsync(DbContext db, IEnumerable<object> entities, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        foreach (var group in entities.GroupBy(e => e.GetType()))
        {
            var table = TableOf(db, group.Key, columns: null);
            var into = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) VALUES ";
            if (RowAtATime(db))
            {
                RunPerRow(db, into + "(" + string.Join(", ", table.Columns.Select((_, i) => Name(i))) + ")", table.Columns, group);
                continue;
            }
            var perCommand = Math.Max(1, MaxParameters / table.Columns.Count);
            foreach (var chunk in group.Chunk(perCommand))
            {
                await using var command = Command(db);
                var sql = new StringBuilder(into);
                foreach (var (row, index) in chunk.Select((r, i) => (r, i)))
                {
                    sql.Append(index == 0 ? "(" : ", (")
                        .AppendJoin(", ", table.Columns.Select(column => Add(command, column, row)))
                        .Append(')');
                }
                command.CommandText = sql.ToString();
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    /// <summary>Updates the named properties of each entity, found by its single-column primary key.</summary>
    public static async Task UpdateAsync<T>(DbContext db, IReadOnlyCollection<T> entities, IReadOnlyList<string> properties, CancellationToken cancellationToken)
        where T : class
    {
        if (entities.Count == 0)
            return;
        await db.Database.OpenConnectionAsync(cancellationToken);
        var table = TableOf(db, typeof(T), properties);
        var set = table.Columns.SkipLast(1).ToList();
        var key = table.Columns[^1];
        string Statement(Func<int, string> name)
            => $"UPDATE {table.Name} SET {string.Join(", ", set.Select((c, i) => c.Name + " = " + name(i)))} WHERE {key.Name} = {name(set.Count)}";
        if (RowAtATime(db))
        {
            RunPerRow(db, Statement(Name), table.Columns, entities);
            return;
        }
        foreach (var chunk in entities.Chunk(Math.Max(1, MaxParameters / table.Columns.Count)))
        {
            await using var command = Command(db);
            command.CommandText = string.Join(";\n", chunk.Select(entity =>
            {
                var names = table.Columns.Select(column => Add(command, column, entity)).ToList();
                return Statement(i => names[i]);
            }));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Deletes entities by their single-column primary key.</summary>
    public static async Task DeleteAsync<T>(DbContext db, IReadOnlyCollection<T> entities, CancellationToken cancellationToken) where T : class
    {
        if (entities.Count == 0)
            return;
        await db.Database.OpenConnectionAsync(cancellationToken);
        var table = TableOf(db, typeof(T), []);
        var key = table.Columns[^1];
        foreach (var chunk in entities.Chunk(MaxParameters))
        {
            await using var command = Command(db);
            command.CommandText = $"DELETE FROM {table.Name} WHERE {key.Name} IN ({string.Join(", ", chunk.Select(e => Add(command, key, e)))})";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Runs one compiled statement per row, values bound by position (<see cref="SqliteRowStatement"/>). The statement
    /// is kept for the next batch when the context's connection keeps statements.
    /// </summary>
    private static void RunPerRow(DbContext db, string sql, IReadOnlyList<Column> columns, IEnumerable<object> rows)
    {
        using var lease = db is TimebankDbContext { Statements: { } statements }
            ? new Lease<SqliteRowStatement>(statements.RowStatement(sql), Kept: true)
            : new Lease<SqliteRowStatement>(new SqliteRowStatement((SqliteConnection)db.Database.GetDbConnection(), sql), Kept: false);
        var statement = lease.Value;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
                statement.Bind(i + 1, columns[i].ToProvider(columns[i].Get(row)));
            statement.Run();
        }
    }

    /// <summary>
    /// Finds rows by primary key: one prepared probe per key on SQLite (an index seek each, no statement to compile),
    /// one statement with an OR of the keys elsewhere (one round trip). Reads the named columns, in order.
    /// </summary>
    public static async Task<List<TResult>> FindAsync<TEntity, TResult>(
        DbContext db, IReadOnlyCollection<object[]> keys, IReadOnlyList<string> properties, Func<DbDataReader, TResult> read, CancellationToken cancellationToken)
    {
        var found = new List<TResult>();
        if (keys.Count == 0)
            return found;
        await db.Database.OpenConnectionAsync(cancellationToken);
        var table = TableOf(db, typeof(TEntity), properties);
        var keyColumns = table.Columns.Skip(properties.Count).ToList();
        var select = $"SELECT {string.Join(", ", table.Columns.Take(properties.Count).Select(c => c.Name))} FROM {table.Name} WHERE ";
        string Match(int first) => "(" + string.Join(" AND ", keyColumns.Select((c, i) => $"{c.Name} = {Name(first + i)}")) + ")";
        if (RowAtATime(db))
        {
            using var probe = Prepared(db, select + Match(0));
            foreach (var key in keys)
            {
                for (var i = 0; i < keyColumns.Count; i++)
                    SetParameter(probe.Value, i, keyColumns[i], key[i]);
                await using var reader = await probe.Value.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    found.Add(read(reader));
            }
            return found;
        }
        foreach (var chunk in keys.Chunk(Math.Max(1, MaxParameters / keyColumns.Count)))
        {
            await using var command = Command(db);
            command.CommandText = select + string.Join(" OR ", chunk.Select((key, i) =>
            {
                for (var k = 0; k < keyColumns.Count; k++)
                    SetParameter(command, command.Parameters.Count, keyColumns[k], key[k]);
                return Match(i * keyColumns.Count);
            }));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                found.Add(read(reader));
        }
        return found;
    }

    /// <summary>The context's kept statement for the text when its connection keeps them, else a new command.</summary>
    private static Lease<DbCommand> Prepared(DbContext db, string sql)
    {
        if (db is TimebankDbContext { Statements: { } statements })
        {
            var kept = statements.Statement(sql);
            kept.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            return new Lease<DbCommand>(kept, Kept: true);
        }
        var command = Command(db);
        command.CommandText = sql;
        return new Lease<DbCommand>(command, Kept: false);
    }

    /// <summary>A statement to run; disposing the lease disposes only one that is not kept by the connection.</summary>
    private readonly record struct Lease<T>(T Value, bool Kept) : IDisposable
        where T : IDisposable
    {
        public void Dispose()
        {
            if (!Kept)
                Value.Dispose();
        }
    }

    /// <summary>
    /// Sets parameter <paramref name="index"/>: made from the column's type mapping the first time (so it is stored as
    /// EF stores it), afterwards only its value changes.
    /// </summary>
    private static void SetParameter(DbCommand command, int index, Column column, object? value)
    {
        if (index < command.Parameters.Count)
            command.Parameters[index].Value = column.ToProvider(value);
        else
            command.Parameters.Add(column.Mapping.CreateParameter(command, Name(index), value, column.Nullable));
    }

    private static string Add(DbCommand command, Column column, object row)
    {
        var index = command.Parameters.Count;
        SetParameter(command, index, column, column.Get(row));
        return Name(index);
    }

    private static string Name(int index) => "@p" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The table's quoted name and columns: all mapped columns for inserts (<paramref name="columns"/> null), or the
    /// named ones followed by the primary key's for updates, deletes and look-ups.
    /// </summary>
    private static Table TableOf(DbContext db, Type type, IReadOnlyList<string>? columns)
        => Tables.GetOrAdd((type, db.Database.ProviderName!, columns is null ? "*" : string.Join(',', columns)), _ =>
        {
            var entityType = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not mapped.");
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            var properties = columns is null
                ? entityType.GetProperties()
                : columns.Select(name => entityType.FindProperty(name)!).Concat(entityType.FindPrimaryKey()!.Properties);
            return new Table(sql.DelimitIdentifier(table.Name), properties.Select(p => new Column(p, sql.DelimitIdentifier(p.GetColumnName(table)!))).ToList());
        });

    private static bool RowAtATime(DbContext db) => db.Database.IsSqlite();

    private static DbCommand Command(DbContext db)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private sealed record Table(string Name, IReadOnlyList<Column> Columns);

    /// <summary>A column and how a CLR value becomes its parameter value, as the property's own type mapping does it.</summary>
    private sealed class Column(IProperty property, string name)
    {
        // A shadow property (a concurrency version) has no CLR member: a new row starts at its type's default.
        private readonly IClrPropertyGetter? _getter = property.IsShadowProperty() ? null : property.GetGetter();
        private readonly object? _shadowDefault = property.ClrType.IsValueType ? Activator.CreateInstance(property.ClrType) : null;

        public string Name { get; } = name;
        public RelationalTypeMapping Mapping { get; } = (RelationalTypeMapping)property.GetTypeMapping();
        public bool Nullable { get; } = property.IsNullable;

        public object? Get(object entity) => _getter is null ? _shadowDefault : _getter.GetClrValue(entity);

        public object ToProvider(object? value)
            => value is null ? DBNull.Value : Mapping.Converter?.ConvertToProvider(value) ?? value;
    }
}
