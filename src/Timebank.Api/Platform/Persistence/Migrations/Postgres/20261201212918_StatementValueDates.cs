using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Timebank.Api.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StatementValueDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<LocalDate>(
                name: "value_date",
                table: "open_holds",
                type: "date",
                nullable: false,
                defaultValue: new NodaTime.LocalDate(1, 1, 1));

            migrationBuilder.AddColumn<LocalDate>(
                name: "value_date",
                table: "account_entries",
                type: "date",
                nullable: false,
                defaultValue: new NodaTime.LocalDate(1, 1, 1));

            // Hand-written backfill: a line's date is its exchange's date (directly, or through the hold it posted); a
            // movement without one is dated by when it was posted (UTC).
            migrationBuilder.Sql("""
                UPDATE open_holds SET value_date = COALESCE(
                    (SELECT e.date FROM exchanges e WHERE e.transfer_id = open_holds.transfer_id),
                    (SELECT (t.created_at AT TIME ZONE 'UTC')::date FROM transfers t WHERE t.id = open_holds.transfer_id));
                """);
            AppendOnly.Backfill(migrationBuilder, "account_entries", """
                UPDATE account_entries SET value_date = COALESCE(
                    (SELECT e.date FROM exchanges e WHERE e.transfer_id = account_entries.transfer_id),
                    (SELECT e.date FROM transfers t JOIN exchanges e ON e.transfer_id = t.pending_id WHERE t.id = account_entries.transfer_id),
                    (account_entries.at AT TIME ZONE 'UTC')::date);
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
