using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timebank.Api.Platform.Persistence.Migrations.Sqlite
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    provider_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    contract_value_pence_per_period = table.Column<long>(type: "INTEGER", nullable: false),
                    core_basis_points = table.Column<int>(type: "INTEGER", nullable: false),
                    flexi_cash_basis_points = table.Column<int>(type: "INTEGER", nullable: false),
                    flexi_hours_basis_points = table.Column<int>(type: "INTEGER", nullable: false),
                    time_zone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    period_start_day = table.Column<int>(type: "INTEGER", nullable: false),
                    period_weeks = table.Column<int>(type: "INTEGER", nullable: false),
                    period_anchor = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    core_minimum_staff = table.Column<int>(type: "INTEGER", nullable: false),
                    spending_guidance = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    commissioner_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "flexi_staff_profiles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    provider_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    background = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    photo_reference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    interests = table.Column<string>(type: "TEXT", nullable: false),
                    languages = table.Column<string>(type: "TEXT", nullable: false),
                    skills = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_staff_profiles", x => x.id);
                    table.ForeignKey(
                        name: "FK_flexi_staff_profiles_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_staff_profiles_organisations_provider_id",
                        column: x => x.provider_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flexi_books",
                columns: table => new
                {
                    service_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    minutes_ledger_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cash_ledger_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    minutes_funding_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cash_funding_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    purchases_id = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enrolled_at = table.Column<long>(type: "INTEGER", nullable: false),
                    enrolled_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    ended_at = table.Column<long>(type: "INTEGER", nullable: true),
                    ended_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    cash_holding = table.Column<int>(type: "INTEGER", nullable: false)
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
                    key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    service_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    unit = table.Column<int>(type: "INTEGER", nullable: false),
                    transfer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    effective_from = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    set_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    set_at = table.Column<long>(type: "INTEGER", nullable: false),
                    carry_over_cap_minutes = table.Column<long>(type: "INTEGER", nullable: true),
                    cash_on_leaving = table.Column<int>(type: "INTEGER", nullable: false),
                    cash_pence_per_period = table.Column<long>(type: "INTEGER", nullable: false),
                    completion_due_hours = table.Column<int>(type: "INTEGER", nullable: false),
                    purchase_expiry_days = table.Column<int>(type: "INTEGER", nullable: false),
                    receipt_due_days = table.Column<int>(type: "INTEGER", nullable: false),
                    saved_cash_cap_pence = table.Column<long>(type: "INTEGER", nullable: true),
                    sign_off_threshold_pence = table.Column<long>(type: "INTEGER", nullable: false),
                    support_minutes_per_period = table.Column<long>(type: "INTEGER", nullable: false),
                    unused_minutes = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "flexi_shifts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    start = table.Column<long>(type: "INTEGER", nullable: false),
                    end = table.Column<long>(type: "INTEGER", nullable: false),
                    planned_by = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_shifts", x => x.id);
                    table.CheckConstraint("ck_flexi_shifts_order", "\"end\" > start");
                    table.ForeignKey(
                        name: "FK_flexi_shifts_flexi_services_service_id",
                        column: x => x.service_id,
                        principalTable: "flexi_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_shifts_members_planned_by",
                        column: x => x.planned_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_shifts_members_worker_id",
                        column: x => x.worker_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flexi_accruals",
                columns: table => new
                {
                    budget_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    period_start = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    unit = table.Column<int>(type: "INTEGER", nullable: false),
                    amount = table.Column<long>(type: "INTEGER", nullable: false),
                    transfer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    accrued_at = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "flexi_link_work",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    budget_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    keyworker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    minutes = table.Column<long>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_link_work", x => x.id);
                    table.ForeignKey(
                        name: "FK_flexi_link_work_flexi_budgets_budget_id",
                        column: x => x.budget_id,
                        principalTable: "flexi_budgets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_link_work_flexi_services_service_id",
                        column: x => x.service_id,
                        principalTable: "flexi_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_link_work_members_customer_id",
                        column: x => x.customer_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_link_work_members_keyworker_id",
                        column: x => x.keyworker_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flexi_period_settlements",
                columns: table => new
                {
                    budget_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    period_start = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    lapsed_minutes = table.Column<long>(type: "INTEGER", nullable: false),
                    carried_over_minutes = table.Column<long>(type: "INTEGER", nullable: false),
                    returned_pence = table.Column<long>(type: "INTEGER", nullable: false),
                    saved_pence = table.Column<long>(type: "INTEGER", nullable: false),
                    settled_at = table.Column<long>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "flexi_purchases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    budget_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    pence = table.Column<long>(type: "INTEGER", nullable: false),
                    requested_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    requested_at = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: true),
                    spent_at = table.Column<long>(type: "INTEGER", nullable: true),
                    category = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    supplier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_purchases", x => x.id);
                    table.CheckConstraint("ck_flexi_purchases_pence", "pence > 0");
                    table.ForeignKey(
                        name: "FK_flexi_purchases_flexi_budgets_budget_id",
                        column: x => x.budget_id,
                        principalTable: "flexi_budgets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_purchases_flexi_services_service_id",
                        column: x => x.service_id,
                        principalTable: "flexi_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_purchases_members_customer_id",
                        column: x => x.customer_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_purchases_members_requested_by",
                        column: x => x.requested_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flexi_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    budget_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    customer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    start = table.Column<long>(type: "INTEGER", nullable: false),
                    minutes = table.Column<long>(type: "INTEGER", nullable: false),
                    where = table.Column<int>(type: "INTEGER", nullable: false),
                    place_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    formality = table.Column<int>(type: "INTEGER", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    booked_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    worker_chosen_by_customer = table.Column<bool>(type: "INTEGER", nullable: false),
                    booked_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_sessions", x => x.id);
                    table.CheckConstraint("ck_flexi_sessions_minutes", "minutes BETWEEN 1 AND 1440");
                    table.ForeignKey(
                        name: "FK_flexi_sessions_flexi_budgets_budget_id",
                        column: x => x.budget_id,
                        principalTable: "flexi_budgets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_sessions_flexi_services_service_id",
                        column: x => x.service_id,
                        principalTable: "flexi_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_sessions_members_booked_by",
                        column: x => x.booked_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_sessions_members_customer_id",
                        column: x => x.customer_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_sessions_members_worker_id",
                        column: x => x.worker_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flexi_purchase_conversations",
                columns: table => new
                {
                    purchase_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    by = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_purchase_conversations", x => x.purchase_id);
                    table.ForeignKey(
                        name: "FK_flexi_purchase_conversations_flexi_purchases_purchase_id",
                        column: x => x.purchase_id,
                        principalTable: "flexi_purchases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flexi_purchase_decisions",
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
                    table.PrimaryKey("PK_flexi_purchase_decisions", x => x.purchase_id);
                    table.ForeignKey(
                        name: "FK_flexi_purchase_decisions_flexi_purchases_purchase_id",
                        column: x => x.purchase_id,
                        principalTable: "flexi_purchases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flexi_purchase_receipts",
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
                    table.PrimaryKey("PK_flexi_purchase_receipts", x => x.purchase_id);
                    table.CheckConstraint("ck_flexi_purchase_receipts_pence", "pence > 0");
                    table.ForeignKey(
                        name: "FK_flexi_purchase_receipts_flexi_purchases_purchase_id",
                        column: x => x.purchase_id,
                        principalTable: "flexi_purchases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "flexi_session_resolutions",
                columns: table => new
                {
                    session_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    delivered_minutes = table.Column<long>(type: "INTEGER", nullable: true),
                    resolved_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    resolved_at = table.Column<long>(type: "INTEGER", nullable: false),
                    cancel_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    transfer_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexi_session_resolutions", x => x.session_id);
                    table.CheckConstraint("ck_flexi_session_resolutions_status", "status IN (2, 3)");
                    table.ForeignKey(
                        name: "FK_flexi_session_resolutions_flexi_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "flexi_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_flexi_session_resolutions_transfers_transfer_id",
                        column: x => x.transfer_id,
                        principalTable: "transfers",
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
                name: "IX_flexi_link_work_budget_id",
                table: "flexi_link_work",
                column: "budget_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_link_work_customer_id",
                table: "flexi_link_work",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_link_work_keyworker_id",
                table: "flexi_link_work",
                column: "keyworker_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_link_work_service_id_date",
                table: "flexi_link_work",
                columns: new[] { "service_id", "date" });

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
                name: "IX_flexi_purchases_budget_id",
                table: "flexi_purchases",
                column: "budget_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_purchases_customer_id",
                table: "flexi_purchases",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_purchases_requested_by",
                table: "flexi_purchases",
                column: "requested_by");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_purchases_service_id_requested_at",
                table: "flexi_purchases",
                columns: new[] { "service_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "IX_flexi_services_commissioner_id",
                table: "flexi_services",
                column: "commissioner_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_services_provider_id",
                table: "flexi_services",
                column: "provider_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_session_resolutions_transfer_id",
                table: "flexi_session_resolutions",
                column: "transfer_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_flexi_sessions_booked_by",
                table: "flexi_sessions",
                column: "booked_by");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_sessions_budget_id",
                table: "flexi_sessions",
                column: "budget_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_sessions_customer_id",
                table: "flexi_sessions",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_sessions_service_id_start",
                table: "flexi_sessions",
                columns: new[] { "service_id", "start" });

            migrationBuilder.CreateIndex(
                name: "IX_flexi_sessions_worker_id_start",
                table: "flexi_sessions",
                columns: new[] { "worker_id", "start" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_flexi_shifts_planned_by",
                table: "flexi_shifts",
                column: "planned_by");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_shifts_service_id_start",
                table: "flexi_shifts",
                columns: new[] { "service_id", "start" });

            migrationBuilder.CreateIndex(
                name: "IX_flexi_shifts_worker_id_start",
                table: "flexi_shifts",
                columns: new[] { "worker_id", "start" });

            migrationBuilder.CreateIndex(
                name: "IX_flexi_staff_profiles_member_id",
                table: "flexi_staff_profiles",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "IX_flexi_staff_profiles_provider_id_member_id",
                table: "flexi_staff_profiles",
                columns: new[] { "provider_id", "member_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "flexi_accruals");

            migrationBuilder.DropTable(
                name: "flexi_books");

            migrationBuilder.DropTable(
                name: "flexi_link_work");

            migrationBuilder.DropTable(
                name: "flexi_movements");

            migrationBuilder.DropTable(
                name: "flexi_period_settlements");

            migrationBuilder.DropTable(
                name: "flexi_policy_versions");

            migrationBuilder.DropTable(
                name: "flexi_purchase_conversations");

            migrationBuilder.DropTable(
                name: "flexi_purchase_decisions");

            migrationBuilder.DropTable(
                name: "flexi_purchase_receipts");

            migrationBuilder.DropTable(
                name: "flexi_session_resolutions");

            migrationBuilder.DropTable(
                name: "flexi_shifts");

            migrationBuilder.DropTable(
                name: "flexi_staff_profiles");

            migrationBuilder.DropTable(
                name: "flexi_purchases");

            migrationBuilder.DropTable(
                name: "flexi_sessions");

            migrationBuilder.DropTable(
                name: "flexi_budgets");

            migrationBuilder.DropTable(
                name: "flexi_services");
        }
    }
}
