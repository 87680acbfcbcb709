using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timebank.Api.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FlexiConcurrency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "flexi_budget_endings",
                columns: table => new
                {
                    budget_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ended_at = table.Column<long>(type: "INTEGER", nullable: false),
                    ended_by = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_budget_endings", x => x.budget_id);
                    table.ForeignKey(
                        name: "FK_flexi_budget_endings_flexi_budgets_budget_id",
                        column: x => x.budget_id,
                        principalTable: "flexi_budgets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_budget_endings_members_ended_by",
                        column: x => x.ended_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_flexi_budget_endings_ended_by",
                table: "flexi_budget_endings",
                column: "ended_by");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "flexi_budget_endings");
        }
    }
}
