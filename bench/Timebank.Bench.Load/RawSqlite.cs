using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Timebank.Bench.Load;

/// <summary>
/// The disk's ceiling for durable transfers, with no API and no ORM: each transfer updates two balances and writes
/// the transfer and two statement lines, in WAL mode with synchronous=FULL like the engine. "single" commits every
/// transfer on its own; "batched" commits many together (what group commit does).
/// </summary>
public static class RawSqlite
{
    public static Figure Run(string path, int batch, TimeSpan duration)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            File.Delete(file);
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
            CREATE TABLE accounts (id INTEGER PRIMARY KEY, posted INTEGER NOT NULL, entry_count INTEGER NOT NULL);
            CREATE TABLE transfers (id BLOB PRIMARY KEY, debit INTEGER NOT NULL, credit INTEGER NOT NULL, amount INTEGER NOT NULL, created_at INTEGER NOT NULL);
            CREATE TABLE entries (account_id INTEGER NOT NULL, sequence INTEGER NOT NULL, transfer_id BLOB NOT NULL, change INTEGER NOT NULL, balance_after INTEGER NOT NULL, PRIMARY KEY (account_id, sequence));
            """);
        const int accounts = 64;
        for (var i = 0; i < accounts; i++)
            Execute(connection, $"INSERT INTO accounts VALUES ({i}, 0, 0)");

        using var update = Command(connection, "UPDATE accounts SET posted = posted + $change, entry_count = entry_count + 1 WHERE id = $id RETURNING posted, entry_count", "$change", "$id");
        using var transfer = Command(connection, "INSERT INTO transfers VALUES ($id, $debit, $credit, $amount, $at)", "$id", "$debit", "$credit", "$amount", "$at");
        using var entry = Command(connection, "INSERT INTO entries VALUES ($account, $sequence, $transfer, $change, $balance)", "$account", "$sequence", "$transfer", "$change", "$balance");

        var random = new Random(1);
        var latencies = new List<long>();
        long done = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            var started = Stopwatch.GetTimestamp();
            using var tx = connection.BeginTransaction(deferred: false);
            update.Transaction = transfer.Transaction = entry.Transaction = tx;
            for (var i = 0; i < batch; i++)
            {
                var debit = random.Next(accounts);
                var credit = (debit + 1 + random.Next(accounts - 1)) % accounts;
                var id = Guid.CreateVersion7().ToByteArray();
                Bind(transfer, id, debit, credit, 1, DateTime.UtcNow.Ticks).ExecuteNonQuery();
                foreach (var (account, change) in new[] { (debit, -1L), (credit, 1L) })
                {
                    using var row = Bind(update, change, account).ExecuteReader();
                    row.Read();
                    var (posted, sequence) = (row.GetInt64(0), row.GetInt64(1));
                    row.Close();
                    Bind(entry, account, sequence, id, change, posted).ExecuteNonQuery();
                }
            }
            tx.Commit();
            done += batch;
            latencies.Add(Stopwatch.GetTimestamp() - started);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        latencies.Sort();
        double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)(p * latencies.Count))] * 1000.0 / Stopwatch.Frequency;
        return new Figure(batch == 1 ? "raw sqlite, 1/commit" : $"raw sqlite, {batch}/commit", 1, seconds, done, 0, Percentile(0.5), Percentile(0.95), Percentile(0.99));
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static SqliteCommand Bind(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i];
        return command;
    }
}
