using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timebank.Api.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FlexiJointAndDeviations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "flexi_contract_deviations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    commissioner_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    pence = table.Column<long>(type: "INTEGER", nullable: false),
                    staff_minutes = table.Column<long>(type: "INTEGER", nullable: false),
                    from = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    to = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    decided_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_contract_deviations", x => x.id);
                    table.CheckConstraint("ck_flexi_contract_deviations_pence", "pence > 0");
                    table.CheckConstraint("ck_flexi_contract_deviations_staff_minutes", "staff_minutes > 0");
                    table.ForeignKey(
                        name: "FK_flexi_contract_deviations_flexi_services_service_id",
                        column: x => x.service_id,
                        principalTable: "flexi_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_contract_deviations_members_decided_by",
                        column: x => x.decided_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_contract_deviations_members_recorded_by",
                        column: x => x.recorded_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_contract_deviations_organisations_commissioner_id",
                        column: x => x.commissioner_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flexi_joint_purchases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    pence = table.Column<long>(type: "INTEGER", nullable: false),
                    supplier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    requested_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    requested_at = table.Column<long>(type: "INTEGER", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false),
                    needs_sign_off = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_joint_purchases", x => x.id);
                    table.CheckConstraint("ck_flexi_joint_purchases_pence", "pence > 0");
                    table.ForeignKey(
                        name: "FK_flexi_joint_purchases_flexi_services_service_id",
                        column: x => x.service_id,
                        principalTable: "flexi_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_joint_purchases_members_requested_by",
                        column: x => x.requested_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flexi_joint_purchase_decisions",
                columns: table => new
                {
                    purchase_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    by = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_joint_purchase_decisions", x => x.purchase_id);
                    table.ForeignKey(
                        name: "FK_flexi_joint_purchase_decisions_flexi_joint_purchases_purchase_id",
                        column: x => x.purchase_id,
                        principalTable: "flexi_joint_purchases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_joint_purchase_decisions_members_by",
                        column: x => x.by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flexi_joint_purchase_receipts",
                columns: table => new
                {
                    purchase_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    pence = table.Column<long>(type: "INTEGER", nullable: false),
                    date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    attached_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    attached_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_joint_purchase_receipts", x => x.purchase_id);
                    table.CheckConstraint("ck_flexi_joint_purchase_receipts_pence", "pence > 0");
                    table.ForeignKey(
                        name: "FK_flexi_joint_purchase_receipts_flexi_joint_purchases_purchase_id",
                        column: x => x.purchase_id,
                        principalTable: "flexi_joint_purchases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_joint_purchase_receipts_members_attached_by",
                        column: x => x.attached_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flexi_joint_shares",
                columns: table => new
                {
                    purchase_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    budget_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    pence = table.Column<long>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_joint_shares", x => new { x.purchase_id, x.budget_id });
                    table.CheckConstraint("ck_flexi_joint_shares_pence", "pence > 0");
                    table.ForeignKey(
                        name: "FK_flexi_joint_shares_flexi_budgets_budget_id",
                        column: x => x.budget_id,
                        principalTable: "flexi_budgets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_joint_shares_flexi_joint_purchases_purchase_id",
                        column: x => x.purchase_id,
                        principalTable: "flexi_joint_purchases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_joint_shares_members_customer_id",
                        column: x => x.customer_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flexi_joint_share_agreements",
                columns: table => new
                {
                    purchase_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    budget_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agreed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_joint_share_agreements", x => new { x.purchase_id, x.budget_id });
                    table.ForeignKey(
                        name: "FK_flexi_joint_share_agreements_flexi_joint_shares_purchase_id_budget_id",
                        columns: x => new { x.purchase_id, x.budget_id },
                        principalTable: "flexi_joint_shares",
                        principalColumns: new[] { "purchase_id", "budget_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_flexi_contract_deviations_commissioner_id",
                table: "flexi_contract_deviations",
                column: "commissioner_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_contract_deviations_decided_by",
                table: "flexi_contract_deviations",
                column: "decided_by");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_contract_deviations_recorded_by",
                table: "flexi_contract_deviations",
                column: "recorded_by");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_contract_deviations_service_id_from",
                table: "flexi_contract_deviations",
                columns: new[] { "service_id", "from" });

            migrationBuilder.CreateIndex(
                name: "IX_flexi_joint_purchase_decisions_by",
                table: "flexi_joint_purchase_decisions",
                column: "by");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_joint_purchase_receipts_attached_by",
                table: "flexi_joint_purchase_receipts",
                column: "attached_by");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_joint_purchases_requested_by",
                table: "flexi_joint_purchases",
                column: "requested_by");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_joint_purchases_service_id_requested_at",
                table: "flexi_joint_purchases",
                columns: new[] { "service_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "IX_flexi_joint_shares_budget_id",
                table: "flexi_joint_shares",
                column: "budget_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_joint_shares_customer_id",
                table: "flexi_joint_shares",
                column: "customer_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "flexi_contract_deviations");

            migrationBuilder.DropTable(
                name: "flexi_joint_purchase_decisions");

            migrationBuilder.DropTable(
                name: "flexi_joint_purchase_receipts");

            migrationBuilder.DropTable(
                name: "flexi_joint_share_agreements");

            migrationBuilder.DropTable(
                name: "flexi_joint_shares");

            migrationBuilder.DropTable(
                name: "flexi_joint_purchases");
        }
    }
}
