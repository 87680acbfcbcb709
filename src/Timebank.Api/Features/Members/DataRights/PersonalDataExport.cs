using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;
using NodaTime.Text;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Members;

/// <summary>Everything held about one person, as one JSON document.</summary>
public sealed record PersonalDataFile(string FileName, string ContentType, string Content);

/// <summary>
/// UK GDPR right of access: every row of every table that names the person (and the rows that belong to those), their
/// ledger accounts with every statement line, each table under its own name, written straight from the store, so
/// nothing a feature adds is left out (<see cref="PersonalDataMap"/>). Password hashes are never written.
/// </summary>
public sealed class PersonalDataExport(IDbContextFactory<TimebankDbContext> databases, IClock clock)
{
    // The model is the process's, so its map is worked out once.
    private PersonalDataMap? _map;

    public async Task<PersonalDataFile> ExportAsync(Id<Member> person, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var map = _map ??= new PersonalDataMap(db.Model);
        await db.Database.OpenConnectionAsync(cancellationToken);
        // One snapshot for every table, so the file is consistent with itself.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        using var buffer = new MemoryStream();
        await using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("exportedAt", InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant()));
            json.WriteString("member", person.Value.ToString());
            json.WriteString("about", "Everything this Timebank holds about you: each table by name, each row as stored. Ids link rows to each other.");
            json.WriteStartObject("tables");
            var member = db.Model.FindEntityType(typeof(Member))!.FindPrimaryKey()!.Properties[0];
            foreach (var (type, link) in map.Links.Where(l => l.Value is PersonalDataLink.About or PersonalDataLink.BelongsTo or PersonalDataLink.Ledger)
                         .OrderBy(l => l.Key.GetTableName(), StringComparer.Ordinal))
            {
                var (sql, parameter) = link == PersonalDataLink.Ledger
                    ? Ledger(type, db.Model)
                    : ($"SELECT t0.* FROM {Quote(type.GetTableName()!)} t0 WHERE {Condition(map, type, "t0", 0)}", member);
                await using var command = Command(connection, transaction, sql, parameter, link == PersonalDataLink.Ledger ? person.Value : person);
                await WriteRowsAsync(json, type.GetTableName()!, command, cancellationToken);
            }
            json.WriteEndObject();
            // Where the person only acted (recorded, edited, decided): which records, not what they hold about others.
            json.WriteStartObject("actions");
            foreach (var type in map.Links.Keys.OrderBy(t => t.GetTableName(), StringComparer.Ordinal))
            {
                foreach (var actor in PersonalDataMap.ActorColumns(type))
                {
                    var keys = type.FindPrimaryKey()!.Properties;
                    var sql = $"SELECT {string.Join(", ", keys.Select(k => Quote(k.GetColumnName())))} FROM {Quote(type.GetTableName()!)} WHERE {Quote(actor.GetColumnName())} = @person";
                    await using var command = Command(connection, transaction, sql, member, person);
                    await WriteRowsAsync(json, $"{type.GetTableName()}.{actor.GetColumnName()}", command, cancellationToken);
                }
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        var day = clock.GetCurrentInstant().InUtc().Date;
        return new PersonalDataFile($"timebank-my-data-{LocalDatePattern.Iso.Format(day)}.json", "application/json", Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>
    /// Where a row of <paramref name="type"/> (as <paramref name="alias"/>) is about the person: a subject column names
    /// them, a link table does, or the row it belongs to is about them.
    /// </summary>
    private static string Condition(PersonalDataMap map, IEntityType type, string alias, int depth)
    {
        var parts = PersonalDataMap.SubjectColumns(type).Select(c => $"{alias}.{Quote(c.GetColumnName())} = @person").ToList();
        var key = type.FindPrimaryKey()!.Properties;
        if (PersonalDataMap.Through.TryGetValue(type.GetTableName()!, out var linkTable))
        {
            var link = type.GetReferencingForeignKeys().First(k => k.DeclaringEntityType.GetTableName() == linkTable);
            var l = $"l{depth}";
            parts.Add($"EXISTS (SELECT 1 FROM {Quote(linkTable)} {l} WHERE {Join(link, l, alias)} AND "
                + string.Join(" OR ", PersonalDataMap.SubjectColumns(link.DeclaringEntityType).Select(c => $"{l}.{Quote(c.GetColumnName())} = @person")) + ")");
        }
        if (map.Parents.TryGetValue(type, out var parent))
        {
            var p = $"t{depth + 1}";
            parts.Add($"EXISTS (SELECT 1 FROM {Quote(parent.PrincipalEntityType.GetTableName()!)} {p} WHERE {Join(parent, alias, p)} AND ({Condition(map, parent.PrincipalEntityType, p, depth + 1)}))");
        }
        return string.Join(" OR ", parts);
    }

    /// <summary>The foreign key's columns on the dependent's alias equal to the principal key's on the principal's.</summary>
    private static string Join(IForeignKey key, string dependent, string principal)
        => string.Join(" AND ", key.Properties.Zip(key.PrincipalKey.Properties, (d, p) => $"{dependent}.{Quote(d.GetColumnName())} = {principal}.{Quote(p.GetColumnName())}"));

    private static DbCommand Command(DbConnection connection, IDbContextTransaction transaction, string sql, IProperty column, object person)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = sql;
        command.Parameters.Add(Parameter(command, column, person));
        return command;
    }

    /// <summary>The person's own accounts (owned by their member id) and those accounts' statement lines.</summary>
    private static (string Sql, IProperty Owner) Ledger(IEntityType type, IModel model)
    {
        var accounts = model.FindEntityType(typeof(Account))!;
        var owner = accounts.FindProperty(nameof(Account.OwnerId))!;
        var accountsTable = Quote(accounts.GetTableName()!);
        if (type == accounts)
            return ($"SELECT * FROM {accountsTable} WHERE {Quote(owner.GetColumnName())} = @person", owner);
        var accountId = type.FindProperty(nameof(AccountEntry.AccountId))!;
        return ($"SELECT e.* FROM {Quote(type.GetTableName()!)} e JOIN {accountsTable} a ON a.{Quote(accounts.FindPrimaryKey()!.Properties[0].GetColumnName())} = e.{Quote(accountId.GetColumnName())} "
            + $"WHERE a.{Quote(owner.GetColumnName())} = @person", owner);
    }

    /// <summary>The person's id as the column stores it (the column's own converter: text on SQLite, uuid on PostgreSQL).</summary>
    private static DbParameter Parameter(DbCommand command, IProperty column, object value)
        => ((RelationalTypeMapping)column.GetTypeMapping()).CreateParameter(command, "person", value);

    private static async Task WriteRowsAsync(Utf8JsonWriter json, string table, DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!reader.HasRows)
            return;
        json.WriteStartArray(table);
        while (await reader.ReadAsync(cancellationToken))
        {
            json.WriteStartObject();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var column = reader.GetName(i);
                if (PersonalDataMap.Secret.Contains(column))
                    continue;
                json.WritePropertyName(column);
                WriteValue(json, reader.IsDBNull(i) ? null : reader.GetValue(i));
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string text: json.WriteStringValue(text); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case long or int or short or byte: json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case double or float or decimal: json.WriteNumberValue(Convert.ToDecimal(value, CultureInfo.InvariantCulture)); break;
            case byte[] bytes: json.WriteBase64StringValue(bytes); break;
            case Guid id: json.WriteStringValue(id.ToString()); break;
            case Instant instant: json.WriteStringValue(InstantPattern.ExtendedIso.Format(instant)); break;
            case LocalDate date: json.WriteStringValue(LocalDatePattern.Iso.Format(date)); break;
            case LocalTime time: json.WriteStringValue(LocalTimePattern.ExtendedIso.Format(time)); break;
            case LocalDateTime local: json.WriteStringValue(LocalDateTimePattern.ExtendedIso.Format(local)); break;
            case DateTime moment: json.WriteStringValue(moment.ToString("O", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset moment: json.WriteStringValue(moment.ToString("O", CultureInfo.InvariantCulture)); break;
            case Array items:
                json.WriteStartArray();
                foreach (var item in items)
                    WriteValue(json, item);
                json.WriteEndArray();
                break;
            default: json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
