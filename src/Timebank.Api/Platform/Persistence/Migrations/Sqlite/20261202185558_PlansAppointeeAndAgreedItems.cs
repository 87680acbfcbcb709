using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timebank.Api.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlansAppointeeAndAgreedItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_flexi_purchases_customer_id",
                table: "flexi_purchases");

            migrationBuilder.AddColumn<long>(
                name: "appointed_at",
                table: "plans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "appointee_id",
                table: "plans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "plan_id",
                table: "flexi_purchases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "plan_item",
                table: "flexi_purchases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_appointee_id",
                table: "plans",
                column: "appointee_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_purchases_customer_id_requested_at",
                table: "flexi_purchases",
                columns: new[] { "customer_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "IX_flexi_purchases_plan_id_plan_item",
                table: "flexi_purchases",
                columns: new[] { "plan_id", "plan_item" },
                filter: "plan_id IS NOT NULL");

            migrationBuilder.AddForeignKey(
                name: "FK_plans_members_appointee_id",
                table: "plans",
                column: "appointee_id",
                principalTable: "members",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_plans_members_appointee_id",
                table: "plans");

            migrationBuilder.DropIndex(
                name: "IX_plans_appointee_id",
                table: "plans");

            migrationBuilder.DropIndex(
                name: "IX_flexi_purchases_customer_id_requested_at",
                table: "flexi_purchases");

            migrationBuilder.DropIndex(
                name: "IX_flexi_purchases_plan_id_plan_item",
                table: "flexi_purchases");

            migrationBuilder.DropColumn(
                name: "appointed_at",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "appointee_id",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "plan_id",
                table: "flexi_purchases");

            migrationBuilder.DropColumn(
                name: "plan_item",
                table: "flexi_purchases");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_purchases_customer_id",
                table: "flexi_purchases",
                column: "customer_id");
        }
    }
}
