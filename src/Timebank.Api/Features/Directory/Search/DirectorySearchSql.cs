using Microsoft.EntityFrameworkCore.Migrations;

namespace Timebank.Api.Features.Directory.Search;

/// <summary>
/// The directory's full-text index, which EF cannot describe: on SQLite an FTS5 table over local_supports' name and
/// description kept by triggers; on PostgreSQL a weighted tsvector column with a GIN index. The migration calls
/// <see cref="Up"/> in one line.
/// </summary>
public static class DirectorySearchSql
{
    public static void Up(MigrationBuilder migration)
    {
        if (migration.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            migration.Sql("""
                ALTER TABLE local_supports ADD COLUMN search tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', coalesce(description, '')), 'B')) STORED;
                """);
            migration.Sql("CREATE INDEX ix_local_supports_search ON local_supports USING GIN (search);");
            return;
        }
        migration.Sql("""
            CREATE VIRTUAL TABLE local_supports_fts USING fts5(name, description, content='local_supports', content_rowid='number',
                tokenize='porter unicode61 remove_diacritics 2');
            """);
        migration.Sql("""
            CREATE TRIGGER local_supports_fts_insert AFTER INSERT ON local_supports BEGIN
                INSERT INTO local_supports_fts(rowid, name, description) VALUES (new.number, new.name, new.description);
            END;
            """);
        migration.Sql("""
            CREATE TRIGGER local_supports_fts_delete AFTER DELETE ON local_supports BEGIN
                INSERT INTO local_supports_fts(local_supports_fts, rowid, name, description) VALUES ('delete', old.number, old.name, old.description);
            END;
            """);
        migration.Sql("""
            CREATE TRIGGER local_supports_fts_update AFTER UPDATE OF name, description ON local_supports BEGIN
                INSERT INTO local_supports_fts(local_supports_fts, rowid, name, description) VALUES ('delete', old.number, old.name, old.description);
                INSERT INTO local_supports_fts(rowid, name, description) VALUES (new.number, new.name, new.description);
            END;
            """);
    }

    public static void Down(MigrationBuilder migration)
    {
        if (migration.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) != true)
            migration.Sql("DROP TABLE IF EXISTS local_supports_fts;");
    }
}
