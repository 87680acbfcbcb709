using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timebank.Api.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    external_issuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    external_subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisations", x => x.id);
                    table.ForeignKey(
                        name: "FK_organisations_members_created_by",
                        column: x => x.created_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "memberships",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    roles = table.Column<int>(type: "INTEGER", nullable: false),
                    requested_at = table.Column<long>(type: "INTEGER", nullable: false),
                    approved_at = table.Column<long>(type: "INTEGER", nullable: true),
                    approved_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_memberships", x => x.id);
                    table.CheckConstraint("ck_memberships_roles", "roles >= 0 AND roles < 512");
                    table.CheckConstraint("ck_memberships_status", "status IN (1, 2)");
                    table.ForeignKey(
                        name: "FK_memberships_members_approved_by",
                        column: x => x.approved_by,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_memberships_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_memberships_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_members_email",
                table: "members",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_members_external_issuer_external_subject",
                table: "members",
                columns: new[] { "external_issuer", "external_subject" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_memberships_approved_by",
                table: "memberships",
                column: "approved_by");

            migrationBuilder.CreateIndex(
                name: "IX_memberships_member_id_id",
                table: "memberships",
                columns: new[] { "member_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_memberships_organisation_id_member_id",
                table: "memberships",
                columns: new[] { "organisation_id", "member_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_memberships_organisation_id_status_id",
                table: "memberships",
                columns: new[] { "organisation_id", "status", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_organisations_created_by",
                table: "organisations",
                column: "created_by");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_kind_id",
                table: "organisations",
                columns: new[] { "kind", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "memberships");

            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.DropTable(
                name: "members");
        }
    }
}
