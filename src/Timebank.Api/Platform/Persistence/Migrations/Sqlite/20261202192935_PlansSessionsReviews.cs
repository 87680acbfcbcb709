using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timebank.Api.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlansSessionsReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_plans_planning_session_id",
                table: "plans",
                column: "planning_session_id");

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
                name: "plan_reviews");

            migrationBuilder.DropTable(
                name: "planning_sessions");

            migrationBuilder.DropIndex(
                name: "IX_plans_planning_session_id",
                table: "plans");
        }
    }
}
