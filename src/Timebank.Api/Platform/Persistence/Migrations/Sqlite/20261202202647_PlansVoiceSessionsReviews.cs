using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timebank.Api.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlansVoiceSessionsReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "champion_roles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    defined_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    defined_at = table.Column<long>(type: "INTEGER", nullable: false),
                    latest_holding_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_champion_roles", x => x.id);
                    table.ForeignKey(
                        name: "FK_champion_roles_members_defined_by",
                        column: x => x.defined_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_champion_roles_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "client_voice_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    light = table.Column<int>(type: "INTEGER", nullable: true),
                    text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    @event = table.Column<string>(name: "event", type: "TEXT", maxLength: 200, nullable: true),
                    raised_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    raised_as = table.Column<int>(type: "INTEGER", nullable: false),
                    anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    raised_at = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    what_was_done = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    updated_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_client_voice_items", x => x.id);
                    table.ForeignKey(
                        name: "FK_client_voice_items_members_raised_by",
                        column: x => x.raised_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_client_voice_items_members_updated_by",
                        column: x => x.updated_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_client_voice_items_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "journal_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    attachments = table.Column<string>(type: "TEXT", nullable: false),
                    written_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_journal_entries", x => x.id);
                    table.ForeignKey(
                        name: "FK_journal_entries_members_person_id",
                        column: x => x.person_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version_number = table.Column<int>(type: "INTEGER", nullable: false),
                    held_on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    next_review_on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    rating = table.Column<int>(type: "INTEGER", nullable: false),
                    decides = table.Column<int>(type: "INTEGER", nullable: false),
                    in_their_words = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    outcomes = table.Column<string>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_reviews", x => x.id);
                    table.CheckConstraint("ck_plan_reviews_rating", "rating >= 1 AND rating <= 5");
                    table.ForeignKey(
                        name: "FK_plan_reviews_members_person_id",
                        column: x => x.person_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plan_reviews_members_recorded_by",
                        column: x => x.recorded_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plan_reviews_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plan_reviews_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "planning_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    sittings = table.Column<string>(type: "TEXT", nullable: false),
                    facilitators = table.Column<string>(type: "TEXT", nullable: false),
                    attendees = table.Column<string>(type: "TEXT", nullable: false),
                    allies = table.Column<string>(type: "TEXT", nullable: false),
                    attendance = table.Column<string>(type: "TEXT", nullable: false),
                    scheduled_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    scheduled_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_sessions", x => x.id);
                    table.ForeignKey(
                        name: "FK_planning_sessions_members_scheduled_by",
                        column: x => x.scheduled_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_planning_sessions_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "champion_holdings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    role_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    holder_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    starts_on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ends_on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    assigned_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    handover_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    handed_over_to = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_champion_holdings", x => x.id);
                    table.ForeignKey(
                        name: "FK_champion_holdings_champion_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "champion_roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_champion_holdings_members_assigned_by",
                        column: x => x.assigned_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_champion_holdings_members_handed_over_to",
                        column: x => x.handed_over_to,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_champion_holdings_members_holder_id",
                        column: x => x.holder_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "journal_shares",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    entry_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    shared_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_journal_shares", x => x.id);
                    table.ForeignKey(
                        name: "FK_journal_shares_journal_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "journal_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_journal_shares_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_journal_shares_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_plans_planning_session_id",
                table: "plans",
                column: "planning_session_id");

            migrationBuilder.CreateIndex(
                name: "IX_champion_holdings_assigned_by",
                table: "champion_holdings",
                column: "assigned_by");

            migrationBuilder.CreateIndex(
                name: "IX_champion_holdings_handed_over_to",
                table: "champion_holdings",
                column: "handed_over_to");

            migrationBuilder.CreateIndex(
                name: "IX_champion_holdings_holder_id",
                table: "champion_holdings",
                column: "holder_id");

            migrationBuilder.CreateIndex(
                name: "IX_champion_holdings_role_id",
                table: "champion_holdings",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "IX_champion_roles_defined_by",
                table: "champion_roles",
                column: "defined_by");

            migrationBuilder.CreateIndex(
                name: "IX_champion_roles_organisation_id_name",
                table: "champion_roles",
                columns: new[] { "organisation_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_client_voice_items_organisation_id_raised_at",
                table: "client_voice_items",
                columns: new[] { "organisation_id", "raised_at" });

            migrationBuilder.CreateIndex(
                name: "IX_client_voice_items_raised_by",
                table: "client_voice_items",
                column: "raised_by");

            migrationBuilder.CreateIndex(
                name: "IX_client_voice_items_updated_by",
                table: "client_voice_items",
                column: "updated_by");

            migrationBuilder.CreateIndex(
                name: "IX_journal_entries_person_id_id",
                table: "journal_entries",
                columns: new[] { "person_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_journal_shares_entry_id_member_id",
                table: "journal_shares",
                columns: new[] { "entry_id", "member_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_journal_shares_member_id_entry_id",
                table: "journal_shares",
                columns: new[] { "member_id", "entry_id" });

            migrationBuilder.CreateIndex(
                name: "IX_journal_shares_organisation_id",
                table: "journal_shares",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "IX_plan_reviews_organisation_id_held_on",
                table: "plan_reviews",
                columns: new[] { "organisation_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "IX_plan_reviews_person_id",
                table: "plan_reviews",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "IX_plan_reviews_plan_id_held_on",
                table: "plan_reviews",
                columns: new[] { "plan_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "IX_plan_reviews_recorded_by",
                table: "plan_reviews",
                column: "recorded_by");

            migrationBuilder.CreateIndex(
                name: "IX_planning_sessions_organisation_id_id",
                table: "planning_sessions",
                columns: new[] { "organisation_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_planning_sessions_scheduled_by",
                table: "planning_sessions",
                column: "scheduled_by");

            migrationBuilder.AddForeignKey(
                name: "FK_plans_planning_sessions_planning_session_id",
                table: "plans",
                column: "planning_session_id",
                principalTable: "planning_sessions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_plans_planning_sessions_planning_session_id",
                table: "plans");

            migrationBuilder.DropTable(
                name: "champion_holdings");

            migrationBuilder.DropTable(
                name: "client_voice_items");

            migrationBuilder.DropTable(
                name: "journal_shares");

            migrationBuilder.DropTable(
                name: "plan_reviews");

            migrationBuilder.DropTable(
                name: "planning_sessions");

            migrationBuilder.DropTable(
                name: "champion_roles");

            migrationBuilder.DropTable(
                name: "journal_entries");

            migrationBuilder.DropIndex(
                name: "IX_plans_planning_session_id",
                table: "plans");
        }
    }
}
