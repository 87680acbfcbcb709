using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timebank.Api.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExchangesByMemberInTimebank : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_exchanges_giver_id_id",
                table: "exchanges");

            migrationBuilder.DropIndex(
                name: "IX_exchanges_receiver_id_id",
                table: "exchanges");

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_giver_id_organisation_id_id",
                table: "exchanges",
                columns: new[] { "giver_id", "organisation_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_receiver_id_organisation_id_id",
                table: "exchanges",
                columns: new[] { "receiver_id", "organisation_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_exchanges_giver_id_organisation_id_id",
                table: "exchanges");

            migrationBuilder.DropIndex(
                name: "IX_exchanges_receiver_id_organisation_id_id",
                table: "exchanges");

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_giver_id_id",
                table: "exchanges",
                columns: new[] { "giver_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_receiver_id_id",
                table: "exchanges",
                columns: new[] { "receiver_id", "id" });
        }
    }
}
