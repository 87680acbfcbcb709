using Microsoft.EntityFrameworkCore.Migrations;

namespace Timebank.Api.Platform.Persistence;

/// <summary>
/// Database guards for tables that are written once and never changed: updates and deletes are refused by the
/// database itself, so no code path (ours, a script, a bug) can edit the journal.
/// </summary>
public static class AppendOnly
{
    public static void Guard(MigrationBuilder migration, params string[] tables)
    {
        if (migration.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            migration.Sql("""
                CREATE OR REPLACE FUNCTION timebank_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP; END $$;
                """);
            foreach (var table in tables)
            {
                migration.Sql($"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION timebank_append_only();");
                migration.Sql($"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION timebank_append_only();");
            }
            return;
        }
        foreach (var table in tables)
        {
            migration.Sql($"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only: UPDATE refused'); END;");
            migration.Sql($"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only: DELETE refused'); END;");
        }
    }

    /// <summary>
    /// Fills a column added to a guarded table (a migration's one-off backfill): the update guard is lifted for this
    /// statement alone and put back at once, in the migration's transaction.
    /// </summary>
    public static void Backfill(MigrationBuilder migration, string table, string update)
    {
        if (migration.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            migration.Sql($"ALTER TABLE {table} DISABLE TRIGGER {table}_append_only;");
            migration.Sql(update);
            migration.Sql($"ALTER TABLE {table} ENABLE TRIGGER {table}_append_only;");
            return;
        }
        migration.Sql($"DROP TRIGGER {table}_no_update;");
        migration.Sql(update);
        migration.Sql($"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only: UPDATE refused'); END;");
    }
}
