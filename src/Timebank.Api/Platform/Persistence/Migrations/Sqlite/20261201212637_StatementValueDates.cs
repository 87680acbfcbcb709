using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timebank.Api.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatementValueDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "value_date",
                table: "open_holds",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "value_date",
                table: "account_entries",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            // Hand-written backfill: a line's date is its exchange's date (directly, or through the hold it posted); a
            // movement without one is dated by when it was posted (UTC). Instants are stored as ticks since 1970.
            migrationBuilder.Sql("""
                UPDATE open_holds SET value_date = COALESCE(
                    (SELECT e.date FROM exchanges e WHERE e.transfer_id = open_holds.transfer_id),
                    (SELECT date(t.created_at / 10000000, 'unixepoch') FROM transfers t WHERE t.id = open_holds.transfer_id));
                """);
            AppendOnly.Backfill(migrationBuilder, "account_entries", """
                UPDATE account_entries SET value_date = COALESCE(
                    (SELECT e.date FROM exchanges e WHERE e.transfer_id = account_entries.transfer_id),
                    (SELECT e.date FROM transfers t JOIN exchanges e ON e.transfer_id = t.pending_id WHERE t.id = account_entries.transfer_id),
                    date(account_entries.at / 10000000, 'unixepoch'));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "value_date",
                table: "open_holds");

            migrationBuilder.DropColumn(
                name: "value_date",
                table: "account_entries");
        }
    }
}
