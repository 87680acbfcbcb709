using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Timebank.Api.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlansBudgets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "allocation_rules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    questions = table.Column<string>(type: "text", nullable: false),
                    bands = table.Column<string>(type: "text", nullable: false),
                    published_by = table.Column<Guid>(type: "uuid", nullable: false),
                    published_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allocation_rules", x => x.id);
                    table.ForeignKey(
                        name: "FK_allocation_rules_members_published_by",
                        column: x => x.published_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_allocation_rules_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "self_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rules_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    answers = table.Column<string>(type: "text", nullable: false),
                    points = table.Column<int>(type: "integer", nullable: false),
                    weekly_pence = table.Column<long>(type: "bigint", nullable: false),
                    weekly_minutes = table.Column<long>(type: "bigint", nullable: false),
                    submitted_by = table.Column<Guid>(type: "uuid", nullable: false),
                    submitted_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_self_assessments", x => x.id);
                    table.ForeignKey(
                        name: "FK_self_assessments_allocation_rules_rules_id",
                        column: x => x.rules_id,
                        principalTable: "allocation_rules",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_self_assessments_members_person_id",
                        column: x => x.person_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_self_assessments_members_submitted_by",
                        column: x => x.submitted_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_self_assessments_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "budget_challenges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    supported_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    raised_by = table.Column<Guid>(type: "uuid", nullable: false),
                    raised_on = table.Column<LocalDate>(type: "date", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_on = table.Column<LocalDate>(type: "date", nullable: true),
                    decision_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    new_weekly_pence = table.Column<long>(type: "bigint", nullable: true),
                    new_weekly_minutes = table.Column<long>(type: "bigint", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budget_challenges", x => x.id);
                    table.ForeignKey(
                        name: "FK_budget_challenges_members_decided_by",
                        column: x => x.decided_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_budget_challenges_members_person_id",
                        column: x => x.person_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_budget_challenges_members_raised_by",
                        column: x => x.raised_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_budget_challenges_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_budget_challenges_self_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "self_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_allocation_rules_organisation_id_version",
                table: "allocation_rules",
                columns: new[] { "organisation_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_allocation_rules_published_by",
                table: "allocation_rules",
                column: "published_by");

            migrationBuilder.CreateIndex(
                name: "IX_budget_challenges_assessment_id",
                table: "budget_challenges",
                column: "assessment_id",
                unique: true,
                filter: "status = 1");

            migrationBuilder.CreateIndex(
                name: "IX_budget_challenges_decided_by",
                table: "budget_challenges",
                column: "decided_by");

            migrationBuilder.CreateIndex(
                name: "IX_budget_challenges_organisation_id",
                table: "budget_challenges",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "IX_budget_challenges_person_id",
                table: "budget_challenges",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "IX_budget_challenges_raised_by",
                table: "budget_challenges",
                column: "raised_by");

            migrationBuilder.CreateIndex(
                name: "IX_self_assessments_organisation_id_person_id_submitted_at",
                table: "self_assessments",
                columns: new[] { "organisation_id", "person_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "IX_self_assessments_person_id",
                table: "self_assessments",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "IX_self_assessments_rules_id",
                table: "self_assessments",
                column: "rules_id");

            migrationBuilder.CreateIndex(
                name: "IX_self_assessments_submitted_by",
                table: "self_assessments",
                column: "submitted_by");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "budget_challenges");

            migrationBuilder.DropTable(
                name: "self_assessments");

            migrationBuilder.DropTable(
                name: "allocation_rules");
        }
    }
}
