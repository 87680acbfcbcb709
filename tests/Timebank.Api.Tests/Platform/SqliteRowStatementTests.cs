using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Persistence;

namespace Timebank.Api.Tests.Platform;

/// <summary>
/// The ledger writer binds SQLite values by position itself (<see cref="SqliteRowStatement"/>): what it stores must be
/// exactly what Microsoft.Data.Sqlite stores for EF's parameters, or rows written one way are not found the other.
/// </summary>
public sealed class SqliteRowStatementTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteRowStatementTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (source TEXT NOT NULL, v ANY) STRICT; CREATE TABLE u (id INTEGER PRIMARY KEY, n INTEGER NOT NULL CHECK (n > 0));";
        create.ExecuteNonQuery();
    }

    public static TheoryData<string, object?> Values => new()
    {
        { "id", Guid.Parse("01a23098-917e-7be4-95e4-3ed4074a8f63") },
        { "null", null },
        { "long", long.MinValue },
        { "int", -42 },
        { "short", (short)7 },
        { "byte", (byte)255 },
        { "bool", true },
        { "double", 2.5 },
        { "short text", "Zoë's garden ☕" },
        { "empty text", "" },
        { "long text", string.Concat(Enumerable.Repeat("Ünïcode lines, ", 200)) },
        { "blob", new byte[] { 0, 1, 2, 255 } },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Stores_each_value_as_Microsoft_Data_Sqlite_stores_EF_parameters(string kind, object? value)
    {
        using (var statement = new SqliteRowStatement(_connection, "INSERT INTO t (source, v) VALUES (@p0, @p1)"))
        {
            statement.Bind(1, "row statement");
            statement.Bind(2, value);
            statement.Run();
        }
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO t (source, v) VALUES ('command', @v)";
            var parameter = new SqliteParameter("@v", value ?? DBNull.Value);
            // EF's SQLite mapping stores ids as TEXT; everything else binds by its own type.
            if (value is Guid)
                parameter.SqliteType = SqliteType.Text;
            command.Parameters.Add(parameter);
            command.ExecuteNonQuery();
        }

        using var read = _connection.CreateCommand();
        read.CommandText = "SELECT source, typeof(v) || ':' || quote(v) FROM t ORDER BY source";
        using var rows = read.ExecuteReader();
        var stored = new Dictionary<string, string>();
        while (rows.Read())
            stored[rows.GetString(0)] = rows.GetString(1);
        Assert.True(stored["command"] == stored["row statement"], $"{kind}: {stored["row statement"]} instead of {stored["command"]}");
    }

    [Fact]
    public void A_refused_row_throws_SQLites_error_and_the_statement_runs_the_next_row()
    {
        using var statement = new SqliteRowStatement(_connection, "INSERT INTO u (id, n) VALUES (@p0, @p1)");
        statement.Bind(1, 1L);
        statement.Bind(2, 0L);

        var refused = Assert.Throws<SqliteException>(statement.Run);
        statement.Bind(1, 2L);
        statement.Bind(2, 5L);
        statement.Run();

        Assert.Equal(19, refused.SqliteErrorCode); // SQLITE_CONSTRAINT
        Assert.Contains("CHECK", refused.Message, StringComparison.Ordinal);
        using var count = _connection.CreateCommand();
        count.CommandText = "SELECT group_concat(id) FROM u";
        Assert.Equal("2", count.ExecuteScalar());
    }

    [Fact]
    public void Every_column_of_the_model_has_a_value_type_the_statement_binds()
    {
        var bound = Values.Select(row => row[1]?.GetType()).OfType<Type>().ToHashSet();
        using var db = new SqliteTimebankDbContext(new DbContextOptionsBuilder<SqliteTimebankDbContext>().UseSqlite(_connection).Options);

        var unbound = db.Model.GetEntityTypes().SelectMany(entity => entity.GetProperties())
            .Select(property => (property, type: property.GetTypeMapping().Converter?.ProviderClrType ?? property.GetTypeMapping().ClrType))
            .Where(column => !bound.Contains(Nullable.GetUnderlyingType(column.type) ?? column.type))
            .Select(column => $"{column.property.DeclaringType.DisplayName()}.{column.property.Name}: {column.type.Name}")
            .ToList();

        Assert.Empty(unbound);
    }

    public void Dispose() => _connection.Dispose();
}
