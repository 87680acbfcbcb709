using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timebank.Api.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Courses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "course_hours_credits",
                columns: table => new
                {
                    transfer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    giver_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    minutes = table.Column<long>(type: "INTEGER", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_course_hours_credits", x => x.transfer_id);
                    table.CheckConstraint("ck_course_hours_credits_minutes", "minutes > 0");
                    table.ForeignKey(
                        name: "FK_course_hours_credits_members_giver_id",
                        column: x => x.giver_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_course_hours_credits_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_course_hours_credits_transfers_transfer_id",
                        column: x => x.transfer_id,
                        principalTable: "transfers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "courses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    grants = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    facilitators_must_hold = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    formats = table.Column<int>(type: "INTEGER", nullable: false),
                    rule = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    enrolment = table.Column<int>(type: "INTEGER", nullable: false),
                    hours_timebank_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    search_text = table.Column<string>(type: "TEXT", maxLength: 4121, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses", x => x.id);
                    table.ForeignKey(
                        name: "FK_courses_members_created_by",
                        column: x => x.created_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_courses_organisations_hours_timebank_id",
                        column: x => x.hours_timebank_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_courses_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cohorts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    course_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    time_zone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    starts_at = table.Column<long>(type: "INTEGER", nullable: true),
                    ends_at = table.Column<long>(type: "INTEGER", nullable: true),
                    scheduled_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    scheduled_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    facilitators = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohorts", x => x.id);
                    table.CheckConstraint("ck_cohorts_capacity", "capacity BETWEEN 1 AND 200");
                    table.ForeignKey(
                        name: "FK_cohorts_courses_course_id",
                        column: x => x.course_id,
                        principalTable: "courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cohorts_members_scheduled_by",
                        column: x => x.scheduled_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cohorts_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "course_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    course_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    applicant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    statement = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    applied_at = table.Column<long>(type: "INTEGER", nullable: false),
                    decided_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_course_applications", x => x.id);
                    table.ForeignKey(
                        name: "FK_course_applications_courses_course_id",
                        column: x => x.course_id,
                        principalTable: "courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_course_applications_members_applicant_id",
                        column: x => x.applicant_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_course_applications_members_decided_by",
                        column: x => x.decided_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_course_applications_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "course_modules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    course_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_course_modules", x => x.id);
                    table.ForeignKey(
                        name: "FK_course_modules_courses_course_id",
                        column: x => x.course_id,
                        principalTable: "courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cohort_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cohort_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    start = table.Column<long>(type: "INTEGER", nullable: false),
                    minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    cancelled_at = table.Column<long>(type: "INTEGER", nullable: true),
                    cancel_reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    module_ids = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cohort_sessions", x => x.id);
                    table.ForeignKey(
                        name: "FK_cohort_sessions_cohorts_cohort_id",
                        column: x => x.cohort_id,
                        principalTable: "cohorts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "course_accreditations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    awarded_on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    source_kind = table.Column<int>(type: "INTEGER", nullable: false),
                    course_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    cohort_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    source_description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_course_accreditations", x => x.id);
                    table.ForeignKey(
                        name: "FK_course_accreditations_cohorts_cohort_id",
                        column: x => x.cohort_id,
                        principalTable: "cohorts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_course_accreditations_courses_course_id",
                        column: x => x.course_id,
                        principalTable: "courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_course_accreditations_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_course_accreditations_members_recorded_by",
                        column: x => x.recorded_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_course_accreditations_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enrolments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cohort_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    queue_number = table.Column<int>(type: "INTEGER", nullable: false),
                    enrolled_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    requested_at = table.Column<long>(type: "INTEGER", nullable: false),
                    place_taken_at = table.Column<long>(type: "INTEGER", nullable: true),
                    promoted_at = table.Column<long>(type: "INTEGER", nullable: true),
                    withdrawn_at = table.Column<long>(type: "INTEGER", nullable: true),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    supporter = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    outputs = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enrolments", x => x.id);
                    table.ForeignKey(
                        name: "FK_enrolments_cohorts_cohort_id",
                        column: x => x.cohort_id,
                        principalTable: "cohorts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_enrolments_members_enrolled_by",
                        column: x => x.enrolled_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_enrolments_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mentoring_pairings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    mentor_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cohort_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    cadence = table.Column<int>(type: "INTEGER", nullable: false),
                    starts_on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    hours_timebank_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    last_met_on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    next_due_on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ended_on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    paired_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    paired_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    mentee_ids = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mentoring_pairings", x => x.id);
                    table.ForeignKey(
                        name: "FK_mentoring_pairings_cohorts_cohort_id",
                        column: x => x.cohort_id,
                        principalTable: "cohorts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_mentoring_pairings_members_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_mentoring_pairings_members_paired_by",
                        column: x => x.paired_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_mentoring_pairings_organisations_hours_timebank_id",
                        column: x => x.hours_timebank_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_mentoring_pairings_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "attendance_marks",
                columns: table => new
                {
                    session_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    with_supporter = table.Column<bool>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    cohort_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_marks", x => new { x.session_id, x.member_id });
                    table.ForeignKey(
                        name: "FK_attendance_marks_cohort_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "cohort_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_attendance_marks_cohorts_cohort_id",
                        column: x => x.cohort_id,
                        principalTable: "cohorts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_attendance_marks_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_attendance_marks_members_recorded_by",
                        column: x => x.recorded_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "accreditation_practice",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    accreditation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    on = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    what = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accreditation_practice", x => x.id);
                    table.ForeignKey(
                        name: "FK_accreditation_practice_course_accreditations_accreditation_id",
                        column: x => x.accreditation_id,
                        principalTable: "course_accreditations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_accreditation_practice_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_accreditation_practice_members_recorded_by",
                        column: x => x.recorded_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mentoring_meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    pairing_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    credits_mentor = table.Column<bool>(type: "INTEGER", nullable: false),
                    logged_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    logged_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mentoring_meetings", x => x.id);
                    table.ForeignKey(
                        name: "FK_mentoring_meetings_members_logged_by",
                        column: x => x.logged_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_mentoring_meetings_mentoring_pairings_pairing_id",
                        column: x => x.pairing_id,
                        principalTable: "mentoring_pairings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mentoring_pairing_members",
                columns: table => new
                {
                    pairing_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mentoring_pairing_members", x => new { x.pairing_id, x.member_id });
                    table.ForeignKey(
                        name: "FK_mentoring_pairing_members_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_mentoring_pairing_members_mentoring_pairings_pairing_id",
                        column: x => x.pairing_id,
                        principalTable: "mentoring_pairings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_accreditation_practice_accreditation_id",
                table: "accreditation_practice",
                column: "accreditation_id");

            migrationBuilder.CreateIndex(
                name: "IX_accreditation_practice_member_id",
                table: "accreditation_practice",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "IX_accreditation_practice_recorded_by",
                table: "accreditation_practice",
                column: "recorded_by");

            migrationBuilder.CreateIndex(
                name: "IX_attendance_marks_cohort_id",
                table: "attendance_marks",
                column: "cohort_id");

            migrationBuilder.CreateIndex(
                name: "IX_attendance_marks_member_id",
                table: "attendance_marks",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "IX_attendance_marks_recorded_by",
                table: "attendance_marks",
                column: "recorded_by");

            migrationBuilder.CreateIndex(
                name: "IX_cohort_sessions_cohort_id",
                table: "cohort_sessions",
                column: "cohort_id");

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_course_id_id",
                table: "cohorts",
                columns: new[] { "course_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_organisation_id_id",
                table: "cohorts",
                columns: new[] { "organisation_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_scheduled_by",
                table: "cohorts",
                column: "scheduled_by");

            migrationBuilder.CreateIndex(
                name: "IX_course_accreditations_cohort_id",
                table: "course_accreditations",
                column: "cohort_id");

            migrationBuilder.CreateIndex(
                name: "IX_course_accreditations_course_id",
                table: "course_accreditations",
                column: "course_id");

            migrationBuilder.CreateIndex(
                name: "IX_course_accreditations_kind_member_id",
                table: "course_accreditations",
                columns: new[] { "kind", "member_id" });

            migrationBuilder.CreateIndex(
                name: "IX_course_accreditations_member_id_id",
                table: "course_accreditations",
                columns: new[] { "member_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_course_accreditations_organisation_id_kind_id",
                table: "course_accreditations",
                columns: new[] { "organisation_id", "kind", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_course_accreditations_recorded_by",
                table: "course_accreditations",
                column: "recorded_by");

            migrationBuilder.CreateIndex(
                name: "IX_course_applications_applicant_id",
                table: "course_applications",
                column: "applicant_id");

            migrationBuilder.CreateIndex(
                name: "IX_course_applications_course_id_applicant_id",
                table: "course_applications",
                columns: new[] { "course_id", "applicant_id" });

            migrationBuilder.CreateIndex(
                name: "IX_course_applications_decided_by",
                table: "course_applications",
                column: "decided_by");

            migrationBuilder.CreateIndex(
                name: "IX_course_applications_organisation_id",
                table: "course_applications",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "IX_course_hours_credits_giver_id",
                table: "course_hours_credits",
                column: "giver_id");

            migrationBuilder.CreateIndex(
                name: "IX_course_hours_credits_organisation_id",
                table: "course_hours_credits",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "IX_course_modules_course_id",
                table: "course_modules",
                column: "course_id");

            migrationBuilder.CreateIndex(
                name: "IX_courses_created_by",
                table: "courses",
                column: "created_by");

            migrationBuilder.CreateIndex(
                name: "IX_courses_grants_id",
                table: "courses",
                columns: new[] { "grants", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_courses_hours_timebank_id",
                table: "courses",
                column: "hours_timebank_id");

            migrationBuilder.CreateIndex(
                name: "IX_courses_organisation_id_id",
                table: "courses",
                columns: new[] { "organisation_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_enrolments_cohort_id_member_id",
                table: "enrolments",
                columns: new[] { "cohort_id", "member_id" },
                unique: true,
                filter: "status <> 3");

            migrationBuilder.CreateIndex(
                name: "IX_enrolments_cohort_id_status",
                table: "enrolments",
                columns: new[] { "cohort_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_enrolments_enrolled_by",
                table: "enrolments",
                column: "enrolled_by");

            migrationBuilder.CreateIndex(
                name: "IX_enrolments_member_id_id",
                table: "enrolments",
                columns: new[] { "member_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_meetings_logged_by",
                table: "mentoring_meetings",
                column: "logged_by");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_meetings_pairing_id_date",
                table: "mentoring_meetings",
                columns: new[] { "pairing_id", "date" });

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_pairing_members_member_id_pairing_id",
                table: "mentoring_pairing_members",
                columns: new[] { "member_id", "pairing_id" });

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_pairings_cohort_id",
                table: "mentoring_pairings",
                column: "cohort_id");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_pairings_hours_timebank_id",
                table: "mentoring_pairings",
                column: "hours_timebank_id");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_pairings_mentor_id",
                table: "mentoring_pairings",
                column: "mentor_id");

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_pairings_organisation_id_id",
                table: "mentoring_pairings",
                columns: new[] { "organisation_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_pairings_organisation_id_next_due_on_id",
                table: "mentoring_pairings",
                columns: new[] { "organisation_id", "next_due_on", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_mentoring_pairings_paired_by",
                table: "mentoring_pairings",
                column: "paired_by");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accreditation_practice");

            migrationBuilder.DropTable(
                name: "attendance_marks");

            migrationBuilder.DropTable(
                name: "course_applications");

            migrationBuilder.DropTable(
                name: "course_hours_credits");

            migrationBuilder.DropTable(
                name: "course_modules");

            migrationBuilder.DropTable(
                name: "enrolments");

            migrationBuilder.DropTable(
                name: "mentoring_meetings");

            migrationBuilder.DropTable(
                name: "mentoring_pairing_members");

            migrationBuilder.DropTable(
                name: "course_accreditations");

            migrationBuilder.DropTable(
                name: "cohort_sessions");

            migrationBuilder.DropTable(
                name: "mentoring_pairings");

            migrationBuilder.DropTable(
                name: "cohorts");

            migrationBuilder.DropTable(
                name: "courses");
        }
    }
}
