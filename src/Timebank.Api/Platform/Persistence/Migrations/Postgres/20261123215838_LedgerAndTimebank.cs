using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Timebank.Api.Platform.Persistence;
using NodaTime;

#nullable disable

namespace Timebank.Api.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LedgerAndTimebank : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "categories",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_categories", x => x.id);
                    table.ForeignKey(
                        name: "FK_categories_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_records",
                columns: table => new
                {
                    scope = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    outcome = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency_records", x => new { x.scope, x.key });
                });

            migrationBuilder.CreateTable(
                name: "ledgers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    purpose = table.Column<int>(type: "integer", nullable: false),
                    unit = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledgers", x => x.id);
                    table.CheckConstraint("ck_ledgers_unit", "unit IN (1, 2)");
                    table.ForeignKey(
                        name: "FK_ledgers_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "listings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    category_id = table.Column<Guid>(type: "uuid", nullable: true),
                    area = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    posted_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    withdrawn_at = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    search_text = table.Column<string>(type: "character varying(2202)", maxLength: 2202, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_listings", x => x.id);
                    table.ForeignKey(
                        name: "FK_listings_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_listings_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_listings_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ledger_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    floor = table.Column<long>(type: "bigint", nullable: true),
                    ceiling = table.Column<long>(type: "bigint", nullable: true),
                    warn_below = table.Column<long>(type: "bigint", nullable: true),
                    warn_above = table.Column<long>(type: "bigint", nullable: true),
                    posted = table.Column<long>(type: "bigint", nullable: false),
                    pending_debits = table.Column<long>(type: "bigint", nullable: false),
                    pending_credits = table.Column<long>(type: "bigint", nullable: false),
                    entry_count = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts", x => x.id);
                    table.UniqueConstraint("AK_accounts_ledger_id_id", x => new { x.ledger_id, x.id });
                    table.CheckConstraint("ck_accounts_ceiling", "ceiling IS NULL OR posted + pending_credits <= ceiling");
                    table.CheckConstraint("ck_accounts_floor", "floor IS NULL OR posted - pending_debits >= floor");
                    table.CheckConstraint("ck_accounts_holds", "pending_debits >= 0 AND pending_credits >= 0 AND entry_count >= 0");
                    table.CheckConstraint("ck_accounts_limits", "floor IS NULL OR ceiling IS NULL OR floor <= ceiling");
                    table.ForeignKey(
                        name: "FK_accounts_ledgers_ledger_id",
                        column: x => x.ledger_id,
                        principalTable: "ledgers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "timebanks",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ledger_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pool_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    default_category_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_floor = table.Column<long>(type: "bigint", nullable: true),
                    member_ceiling = table.Column<long>(type: "bigint", nullable: true),
                    member_warn_below = table.Column<long>(type: "bigint", nullable: true),
                    member_warn_above = table.Column<long>(type: "bigint", nullable: true),
                    confirmation_days = table.Column<int>(type: "integer", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_timebanks", x => x.organisation_id);
                    table.CheckConstraint("ck_timebanks_confirmation_days", "confirmation_days BETWEEN 1 AND 90");
                    table.ForeignKey(
                        name: "FK_timebanks_accounts_pool_account_id",
                        column: x => x.pool_account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_timebanks_categories_default_category_id",
                        column: x => x.default_category_id,
                        principalTable: "categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_timebanks_ledgers_ledger_id",
                        column: x => x.ledger_id,
                        principalTable: "ledgers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_timebanks_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "transfers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ledger_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    debit_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    pending_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reverses_id = table.Column<Guid>(type: "uuid", nullable: true),
                    link_id = table.Column<Guid>(type: "uuid", nullable: true),
                    expires_at = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    code = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfers", x => x.id);
                    table.CheckConstraint("ck_transfers_accounts", "debit_account_id <> credit_account_id");
                    table.CheckConstraint("ck_transfers_amount", "amount > 0");
                    table.CheckConstraint("ck_transfers_kind", "kind IN (1, 2, 3, 4, 5)");
                    table.CheckConstraint("ck_transfers_resolution", "(kind IN (3, 4, 5)) = (pending_id IS NOT NULL)");
                    table.CheckConstraint("ck_transfers_reversal", "reverses_id IS NULL OR kind = 1");
                    table.ForeignKey(
                        name: "FK_transfers_accounts_ledger_id_credit_account_id",
                        columns: x => new { x.ledger_id, x.credit_account_id },
                        principalTable: "accounts",
                        principalColumns: new[] { "ledger_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_transfers_accounts_ledger_id_debit_account_id",
                        columns: x => new { x.ledger_id, x.debit_account_id },
                        principalTable: "accounts",
                        principalColumns: new[] { "ledger_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_transfers_transfers_pending_id",
                        column: x => x.pending_id,
                        principalTable: "transfers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_transfers_transfers_reverses_id",
                        column: x => x.reverses_id,
                        principalTable: "transfers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "account_entries",
                columns: table => new
                {
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    transfer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    change = table.Column<long>(type: "bigint", nullable: false),
                    balance_after = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_account_entries", x => new { x.account_id, x.sequence });
                    table.CheckConstraint("ck_account_entries_change", "change <> 0 AND sequence > 0");
                    table.ForeignKey(
                        name: "FK_account_entries_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_account_entries_transfers_transfer_id",
                        column: x => x.transfer_id,
                        principalTable: "transfers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "exchanges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    giver_id = table.Column<Guid>(type: "uuid", nullable: true),
                    receiver_id = table.Column<Guid>(type: "uuid", nullable: true),
                    minutes = table.Column<long>(type: "bigint", nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    category_id = table.Column<Guid>(type: "uuid", nullable: true),
                    date = table.Column<LocalDate>(type: "date", nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    transfer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reverses_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchanges", x => x.id);
                    table.CheckConstraint("ck_exchanges_minutes", "minutes > 0");
                    table.ForeignKey(
                        name: "FK_exchanges_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_exchanges_exchanges_reverses_id",
                        column: x => x.reverses_id,
                        principalTable: "exchanges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_exchanges_members_giver_id",
                        column: x => x.giver_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_exchanges_members_receiver_id",
                        column: x => x.receiver_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_exchanges_members_recorded_by",
                        column: x => x.recorded_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_exchanges_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_exchanges_transfers_transfer_id",
                        column: x => x.transfer_id,
                        principalTable: "transfers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "open_holds",
                columns: table => new
                {
                    transfer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ledger_id = table.Column<Guid>(type: "uuid", nullable: false),
                    debit_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    expires_at = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    code = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_open_holds", x => x.transfer_id);
                    table.CheckConstraint("ck_open_holds_amount", "amount > 0");
                    table.ForeignKey(
                        name: "FK_open_holds_transfers_transfer_id",
                        column: x => x.transfer_id,
                        principalTable: "transfers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_account_entries_account_id_at",
                table: "account_entries",
                columns: new[] { "account_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_account_entries_transfer_id",
                table: "account_entries",
                column: "transfer_id");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_ledger_id_kind_owner_id",
                table: "accounts",
                columns: new[] { "ledger_id", "kind", "owner_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_owner_id",
                table: "accounts",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "IX_categories_organisation_id_name",
                table: "categories",
                columns: new[] { "organisation_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_category_id",
                table: "exchanges",
                column: "category_id");

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_giver_id_id",
                table: "exchanges",
                columns: new[] { "giver_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_organisation_id_date",
                table: "exchanges",
                columns: new[] { "organisation_id", "date" });

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_receiver_id_id",
                table: "exchanges",
                columns: new[] { "receiver_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_recorded_by",
                table: "exchanges",
                column: "recorded_by");

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_reverses_id",
                table: "exchanges",
                column: "reverses_id");

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_transfer_id",
                table: "exchanges",
                column: "transfer_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ledgers_organisation_id",
                table: "ledgers",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "IX_listings_category_id",
                table: "listings",
                column: "category_id");

            migrationBuilder.CreateIndex(
                name: "IX_listings_member_id",
                table: "listings",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "IX_listings_organisation_id_kind_status_id",
                table: "listings",
                columns: new[] { "organisation_id", "kind", "status", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_open_holds_expires_at",
                table: "open_holds",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "IX_timebanks_default_category_id",
                table: "timebanks",
                column: "default_category_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_timebanks_ledger_id",
                table: "timebanks",
                column: "ledger_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_timebanks_pool_account_id",
                table: "timebanks",
                column: "pool_account_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_transfers_ledger_id_created_at",
                table: "transfers",
                columns: new[] { "ledger_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_transfers_ledger_id_credit_account_id",
                table: "transfers",
                columns: new[] { "ledger_id", "credit_account_id" });

            migrationBuilder.CreateIndex(
                name: "IX_transfers_ledger_id_debit_account_id",
                table: "transfers",
                columns: new[] { "ledger_id", "debit_account_id" });

            migrationBuilder.CreateIndex(
                name: "IX_transfers_pending_id",
                table: "transfers",
                column: "pending_id",
                unique: true,
                filter: "pending_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_transfers_reverses_id",
                table: "transfers",
                column: "reverses_id",
                unique: true,
                filter: "reverses_id IS NOT NULL");
            // The journal, statements, exchange records and stored outcomes are written once and never changed.
            AppendOnly.Guard(migrationBuilder, "transfers", "account_entries", "exchanges", "idempotency_records");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "account_entries");

            migrationBuilder.DropTable(
                name: "exchanges");

            migrationBuilder.DropTable(
                name: "idempotency_records");

            migrationBuilder.DropTable(
                name: "listings");

            migrationBuilder.DropTable(
                name: "open_holds");

            migrationBuilder.DropTable(
                name: "timebanks");

            migrationBuilder.DropTable(
                name: "transfers");

            migrationBuilder.DropTable(
                name: "categories");

            migrationBuilder.DropTable(
                name: "accounts");

            migrationBuilder.DropTable(
                name: "ledgers");
        }
    }
}
