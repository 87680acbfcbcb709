using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timebank.Api.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Brokerage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "broker_profiles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    bio = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    formats = table.Column<int>(type: "INTEGER", nullable: false),
                    availability = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    accepting_requests = table.Column<bool>(type: "INTEGER", nullable: false),
                    openness = table.Column<int>(type: "INTEGER", nullable: false),
                    lived_experience = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    check_done_on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    check_expires_on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    check_recorded_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    check_recorded_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    areas_served = table.Column<string>(type: "TEXT", nullable: false),
                    languages = table.Column<string>(type: "TEXT", nullable: false),
                    skills = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_broker_profiles", x => x.id);
                    table.ForeignKey(
                        name: "FK_broker_profiles_members_check_recorded_by",
                        column: x => x.check_recorded_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_broker_profiles_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_broker_profiles_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "brokerage_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    requested_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    on_behalf_of_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    on_behalf_of_member_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    consent_given_on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    how_consent_was_given = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    what_to_arrange = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    area = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    preferred_language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    preferred_format = table.Column<int>(type: "INTEGER", nullable: false),
                    judged_ineligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    involves_adult_at_risk = table.Column<bool>(type: "INTEGER", nullable: false),
                    requested_at = table.Column<long>(type: "INTEGER", nullable: false),
                    requested_on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    chosen_broker_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    arranged_at = table.Column<long>(type: "INTEGER", nullable: true),
                    withdrawn_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    withdrawn_at = table.Column<long>(type: "INTEGER", nullable: true),
                    state = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_brokerage_requests", x => x.id);
                    table.ForeignKey(
                        name: "FK_brokerage_requests_members_chosen_broker_id",
                        column: x => x.chosen_broker_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_brokerage_requests_members_on_behalf_of_member_id",
                        column: x => x.on_behalf_of_member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_brokerage_requests_members_requested_by",
                        column: x => x.requested_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_brokerage_requests_members_withdrawn_by",
                        column: x => x.withdrawn_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_brokerage_requests_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "brokerage_settings",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    grant_from_pool = table.Column<bool>(type: "INTEGER", nullable: false),
                    unanswered_after_days = table.Column<int>(type: "INTEGER", nullable: false),
                    check_expiry_warning_days = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_brokerage_settings", x => x.organisation_id);
                    table.CheckConstraint("ck_brokerage_settings_unanswered_days", "unanswered_after_days BETWEEN 1 AND 90");
                    table.CheckConstraint("ck_brokerage_settings_warning_days", "check_expiry_warning_days BETWEEN 1 AND 365");
                    table.ForeignKey(
                        name: "FK_brokerage_settings_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "local_news",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    author_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    topic = table.Column<int>(type: "INTEGER", nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: false),
                    withdrawn_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_local_news", x => x.id);
                    table.ForeignKey(
                        name: "FK_local_news_members_author_id",
                        column: x => x.author_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_local_news_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "broker_accreditations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    broker_profile_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    source = table.Column<int>(type: "INTEGER", nullable: false),
                    source_description = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    course_completion_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    awarded_on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_broker_accreditations", x => x.id);
                    table.ForeignKey(
                        name: "FK_broker_accreditations_broker_profiles_broker_profile_id",
                        column: x => x.broker_profile_id,
                        principalTable: "broker_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_broker_accreditations_members_recorded_by",
                        column: x => x.recorded_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_broker_accreditations_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "broker_terms",
                columns: table => new
                {
                    profile_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    value = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_broker_terms", x => new { x.profile_id, x.kind, x.value });
                    table.ForeignKey(
                        name: "FK_broker_terms_broker_profiles_profile_id",
                        column: x => x.profile_id,
                        principalTable: "broker_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "brokerage_closures",
                columns: table => new
                {
                    request_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    minutes_given = table.Column<long>(type: "INTEGER", nullable: false),
                    closed_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    closed_on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    exchange_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_brokerage_closures", x => x.request_id);
                    table.CheckConstraint("ck_brokerage_closures_minutes", "minutes_given >= 0");
                    table.ForeignKey(
                        name: "FK_brokerage_closures_brokerage_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "brokerage_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_brokerage_closures_members_closed_by",
                        column: x => x.closed_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "brokerage_invites",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    request_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    broker_profile_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    broker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    invited_at = table.Column<long>(type: "INTEGER", nullable: false),
                    responded_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_brokerage_invites", x => x.id);
                    table.ForeignKey(
                        name: "FK_brokerage_invites_broker_profiles_broker_profile_id",
                        column: x => x.broker_profile_id,
                        principalTable: "broker_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_brokerage_invites_brokerage_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "brokerage_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_brokerage_invites_members_broker_id",
                        column: x => x.broker_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "brokerage_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    request_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    minutes = table.Column<long>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    logged_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    logged_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_brokerage_sessions", x => x.id);
                    table.CheckConstraint("ck_brokerage_sessions_minutes", "minutes BETWEEN 1 AND 720");
                    table.ForeignKey(
                        name: "FK_brokerage_sessions_brokerage_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "brokerage_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_brokerage_sessions_members_logged_by",
                        column: x => x.logged_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_broker_accreditations_broker_profile_id_awarded_on",
                table: "broker_accreditations",
                columns: new[] { "broker_profile_id", "awarded_on" });

            migrationBuilder.CreateIndex(
                name: "IX_broker_accreditations_course_completion_id",
                table: "broker_accreditations",
                column: "course_completion_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_broker_accreditations_organisation_id",
                table: "broker_accreditations",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "IX_broker_accreditations_recorded_by",
                table: "broker_accreditations",
                column: "recorded_by");

            migrationBuilder.CreateIndex(
                name: "IX_broker_profiles_check_recorded_by",
                table: "broker_profiles",
                column: "check_recorded_by");

            migrationBuilder.CreateIndex(
                name: "IX_broker_profiles_member_id",
                table: "broker_profiles",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "IX_broker_profiles_organisation_id_member_id",
                table: "broker_profiles",
                columns: new[] { "organisation_id", "member_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_broker_terms_kind_value_profile_id",
                table: "broker_terms",
                columns: new[] { "kind", "value", "profile_id" });

            migrationBuilder.CreateIndex(
                name: "IX_brokerage_closures_closed_by",
                table: "brokerage_closures",
                column: "closed_by");

            migrationBuilder.CreateIndex(
                name: "IX_brokerage_invites_broker_id_id",
                table: "brokerage_invites",
                columns: new[] { "broker_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_brokerage_invites_broker_profile_id",
                table: "brokerage_invites",
                column: "broker_profile_id");

            migrationBuilder.CreateIndex(
                name: "IX_brokerage_invites_request_id_broker_id",
                table: "brokerage_invites",
                columns: new[] { "request_id", "broker_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_brokerage_requests_chosen_broker_id",
                table: "brokerage_requests",
                column: "chosen_broker_id");

            migrationBuilder.CreateIndex(
                name: "IX_brokerage_requests_on_behalf_of_member_id",
                table: "brokerage_requests",
                column: "on_behalf_of_member_id");

            migrationBuilder.CreateIndex(
                name: "IX_brokerage_requests_organisation_id_requested_on",
                table: "brokerage_requests",
                columns: new[] { "organisation_id", "requested_on" });

            migrationBuilder.CreateIndex(
                name: "IX_brokerage_requests_requested_by_id",
                table: "brokerage_requests",
                columns: new[] { "requested_by", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_brokerage_requests_withdrawn_by",
                table: "brokerage_requests",
                column: "withdrawn_by");

            migrationBuilder.CreateIndex(
                name: "IX_brokerage_sessions_logged_by",
                table: "brokerage_sessions",
                column: "logged_by");

            migrationBuilder.CreateIndex(
                name: "IX_brokerage_sessions_request_id",
                table: "brokerage_sessions",
                column: "request_id");

            migrationBuilder.CreateIndex(
                name: "IX_local_news_author_id",
                table: "local_news",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "IX_local_news_organisation_id_published_at_id",
                table: "local_news",
                columns: new[] { "organisation_id", "published_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "broker_accreditations");

            migrationBuilder.DropTable(
                name: "broker_terms");

            migrationBuilder.DropTable(
                name: "brokerage_closures");

            migrationBuilder.DropTable(
                name: "brokerage_invites");

            migrationBuilder.DropTable(
                name: "brokerage_sessions");

            migrationBuilder.DropTable(
                name: "brokerage_settings");

            migrationBuilder.DropTable(
                name: "local_news");

            migrationBuilder.DropTable(
                name: "broker_profiles");

            migrationBuilder.DropTable(
                name: "brokerage_requests");
        }
    }
}
