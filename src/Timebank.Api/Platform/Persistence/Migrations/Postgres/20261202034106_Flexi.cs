using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Timebank.Api.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Flexi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "flexi_services",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contract_value_pence_per_period = table.Column<long>(type: "bigint", nullable: false),
                    core_basis_points = table.Column<int>(type: "integer", nullable: false),
                    flexi_cash_basis_points = table.Column<int>(type: "integer", nullable: false),
                    flexi_hours_basis_points = table.Column<int>(type: "integer", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    period_start_day = table.Column<int>(type: "integer", nullable: false),
                    period_weeks = table.Column<int>(type: "integer", nullable: false),
                    period_anchor = table.Column<LocalDate>(type: "date", nullable: false),
                    core_minimum_staff = table.Column<int>(type: "integer", nullable: false),
                    spending_guidance = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    commissioner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_services", x => x.id);
                    table.CheckConstraint("ck_flexi_services_contract", "contract_value_pence_per_period > 0");
                    table.CheckConstraint("ck_flexi_services_split", "core_basis_points + flexi_cash_basis_points + flexi_hours_basis_points = 10000");
                    table.ForeignKey(
                        name: "FK_flexi_services_organisations_commissioner_id",
                        column: x => x.commissioner_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_services_organisations_provider_id",
                        column: x => x.provider_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flexi_books",
                columns: table => new
                {
                    service_id = table.Column<Guid>(type: "uuid", nullable: false),
                    minutes_ledger_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cash_ledger_id = table.Column<Guid>(type: "uuid", nullable: false),
                    minutes_funding_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cash_funding_id = table.Column<Guid>(type: "uuid", nullable: false),
                    purchases_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_books", x => x.service_id);
                    table.ForeignKey(
                        name: "FK_flexi_books_accounts_cash_funding_id",
                        column: x => x.cash_funding_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_books_accounts_minutes_funding_id",
                        column: x => x.minutes_funding_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_books_accounts_purchases_id",
                        column: x => x.purchases_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_books_flexi_services_service_id",
                        column: x => x.service_id,
                        principalTable: "flexi_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_books_ledgers_cash_ledger_id",
                        column: x => x.cash_ledger_id,
                        principalTable: "ledgers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_books_ledgers_minutes_ledger_id",
                        column: x => x.minutes_ledger_id,
                        principalTable: "ledgers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flexi_budgets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    enrolled_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    enrolled_by = table.Column<Guid>(type: "uuid", nullable: false),
                    ended_at = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    ended_by = table.Column<Guid>(type: "uuid", nullable: true),
                    cash_holding = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_budgets", x => x.id);
                    table.ForeignKey(
                        name: "FK_flexi_budgets_flexi_services_service_id",
                        column: x => x.service_id,
                        principalTable: "flexi_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_budgets_members_customer_id",
                        column: x => x.customer_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flexi_movements",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    service_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit = table.Column<int>(type: "integer", nullable: false),
                    transfer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_movements", x => x.key);
                    table.ForeignKey(
                        name: "FK_flexi_movements_flexi_services_service_id",
                        column: x => x.service_id,
                        principalTable: "flexi_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_movements_transfers_transfer_id",
                        column: x => x.transfer_id,
                        principalTable: "transfers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flexi_policy_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_id = table.Column<Guid>(type: "uuid", nullable: false),
                    effective_from = table.Column<LocalDate>(type: "date", nullable: false),
                    set_by = table.Column<Guid>(type: "uuid", nullable: false),
                    set_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    carry_over_cap_minutes = table.Column<long>(type: "bigint", nullable: true),
                    cash_on_leaving = table.Column<int>(type: "integer", nullable: false),
                    cash_pence_per_period = table.Column<long>(type: "bigint", nullable: false),
                    completion_due_hours = table.Column<int>(type: "integer", nullable: false),
                    purchase_expiry_days = table.Column<int>(type: "integer", nullable: false),
                    receipt_due_days = table.Column<int>(type: "integer", nullable: false),
                    saved_cash_cap_pence = table.Column<long>(type: "bigint", nullable: true),
                    sign_off_threshold_pence = table.Column<long>(type: "bigint", nullable: false),
                    support_minutes_per_period = table.Column<long>(type: "bigint", nullable: false),
                    unused_minutes = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_policy_versions", x => x.id);
                    table.ForeignKey(
                        name: "FK_flexi_policy_versions_flexi_services_service_id",
                        column: x => x.service_id,
                        principalTable: "flexi_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flexi_accruals",
                columns: table => new
                {
                    budget_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_start = table.Column<LocalDate>(type: "date", nullable: false),
                    unit = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    transfer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    accrued_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_accruals", x => new { x.budget_id, x.period_start, x.unit });
                    table.CheckConstraint("ck_flexi_accruals_amount", "amount > 0");
                    table.ForeignKey(
                        name: "FK_flexi_accruals_flexi_budgets_budget_id",
                        column: x => x.budget_id,
                        principalTable: "flexi_budgets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_accruals_transfers_transfer_id",
                        column: x => x.transfer_id,
                        principalTable: "transfers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flexi_period_settlements",
                columns: table => new
                {
                    budget_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_start = table.Column<LocalDate>(type: "date", nullable: false),
                    lapsed_minutes = table.Column<long>(type: "bigint", nullable: false),
                    carried_over_minutes = table.Column<long>(type: "bigint", nullable: false),
                    returned_pence = table.Column<long>(type: "bigint", nullable: false),
                    saved_pence = table.Column<long>(type: "bigint", nullable: false),
                    settled_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_period_settlements", x => new { x.budget_id, x.period_start });
                    table.ForeignKey(
                        name: "FK_flexi_period_settlements_flexi_budgets_budget_id",
                        column: x => x.budget_id,
                        principalTable: "flexi_budgets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_flexi_accruals_transfer_id",
                table: "flexi_accruals",
                column: "transfer_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_flexi_books_cash_funding_id",
                table: "flexi_books",
                column: "cash_funding_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_books_cash_ledger_id",
                table: "flexi_books",
                column: "cash_ledger_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_books_minutes_funding_id",
                table: "flexi_books",
                column: "minutes_funding_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_books_minutes_ledger_id",
                table: "flexi_books",
                column: "minutes_ledger_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_books_purchases_id",
                table: "flexi_books",
                column: "purchases_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_budgets_customer_id",
                table: "flexi_budgets",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_budgets_service_id_customer_id",
                table: "flexi_budgets",
                columns: new[] { "service_id", "customer_id" },
                unique: true,
                filter: "ended_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_movements_service_id",
                table: "flexi_movements",
                column: "service_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_movements_transfer_id",
                table: "flexi_movements",
                column: "transfer_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_flexi_policy_versions_service_id_effective_from",
                table: "flexi_policy_versions",
                columns: new[] { "service_id", "effective_from" });

            migrationBuilder.CreateIndex(
                name: "IX_flexi_services_commissioner_id",
                table: "flexi_services",
                column: "commissioner_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_services_provider_id",
                table: "flexi_services",
                column: "provider_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "flexi_accruals");

            migrationBuilder.DropTable(
                name: "flexi_books");

            migrationBuilder.DropTable(
                name: "flexi_movements");

            migrationBuilder.DropTable(
                name: "flexi_period_settlements");

            migrationBuilder.DropTable(
                name: "flexi_policy_versions");

            migrationBuilder.DropTable(
                name: "flexi_budgets");

            migrationBuilder.DropTable(
                name: "flexi_services");
        }
    }
}
