using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timebank.Api.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LeanJournalIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_transfers_ledger_id_credit_account_id",
                table: "transfers");

            migrationBuilder.DropIndex(
                name: "IX_transfers_ledger_id_debit_account_id",
                table: "transfers");

            migrationBuilder.DropIndex(
                name: "IX_exchanges_category_id",
                table: "exchanges");

            migrationBuilder.DropIndex(
                name: "IX_exchanges_recorded_by",
                table: "exchanges");

            migrationBuilder.DropIndex(
                name: "IX_exchanges_reverses_id",
                table: "exchanges");

            migrationBuilder.DropIndex(
                name: "IX_account_entries_transfer_id",
                table: "account_entries");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_transfers_ledger_id_credit_account_id",
                table: "transfers",
                columns: new[] { "ledger_id", "credit_account_id" });

            migrationBuilder.CreateIndex(
                name: "IX_transfers_ledger_id_debit_account_id",
                table: "transfers",
                columns: new[] { "ledger_id", "debit_account_id" });

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_category_id",
                table: "exchanges",
                column: "category_id");

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_recorded_by",
                table: "exchanges",
                column: "recorded_by");

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_reverses_id",
                table: "exchanges",
                column: "reverses_id");

            migrationBuilder.CreateIndex(
                name: "IX_account_entries_transfer_id",
                table: "account_entries",
                column: "transfer_id");
        }
    }
}
