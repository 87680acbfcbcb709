using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timebank.Api.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LocalSupportsDirectory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "directory_taxonomies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    uri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    version = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_taxonomies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "directory_taxonomy_terms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    parent_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    taxonomy = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    taxonomy_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    term_uri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    term = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_taxonomy_terms", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "local_supports",
                columns: table => new
                {
                    number = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    minimum_age = table.Column<int>(type: "INTEGER", nullable: true),
                    maximum_age = table.Column<int>(type: "INTEGER", nullable: true),
                    is_free = table.Column<bool>(type: "INTEGER", nullable: false),
                    location_types = table.Column<int>(type: "INTEGER", nullable: false),
                    assured_date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_modified = table.Column<long>(type: "INTEGER", nullable: false),
                    archived_at = table.Column<long>(type: "INTEGER", nullable: true),
                    document = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_local_supports", x => x.number);
                    table.CheckConstraint("ck_local_supports_ages", "minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age");
                    table.ForeignKey(
                        name: "FK_local_supports_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "local_support_areas",
                columns: table => new
                {
                    number = table.Column<long>(type: "INTEGER", nullable: false),
                    district = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_local_support_areas", x => new { x.number, x.district });
                    table.ForeignKey(
                        name: "FK_local_support_areas_local_supports_number",
                        column: x => x.number,
                        principalTable: "local_supports",
                        principalColumn: "number",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "local_support_hours",
                columns: table => new
                {
                    number = table.Column<long>(type: "INTEGER", nullable: false),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    day = table.Column<int>(type: "INTEGER", nullable: false),
                    opens_minute = table.Column<int>(type: "INTEGER", nullable: false),
                    closes_minute = table.Column<int>(type: "INTEGER", nullable: false),
                    valid_to = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_local_support_hours", x => new { x.number, x.ordinal });
                    table.ForeignKey(
                        name: "FK_local_support_hours_local_supports_number",
                        column: x => x.number,
                        principalTable: "local_supports",
                        principalColumn: "number",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "local_support_places",
                columns: table => new
                {
                    number = table.Column<long>(type: "INTEGER", nullable: false),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    service_at_location_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    latitude = table.Column<double>(type: "REAL", nullable: true),
                    longitude = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_local_support_places", x => new { x.number, x.ordinal });
                    table.ForeignKey(
                        name: "FK_local_support_places_local_supports_number",
                        column: x => x.number,
                        principalTable: "local_supports",
                        principalColumn: "number",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "local_support_terms",
                columns: table => new
                {
                    number = table.Column<long>(type: "INTEGER", nullable: false),
                    term_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_local_support_terms", x => new { x.number, x.term_id });
                    table.ForeignKey(
                        name: "FK_local_support_terms_local_supports_number",
                        column: x => x.number,
                        principalTable: "local_supports",
                        principalColumn: "number",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_directory_taxonomy_terms_parent_id_id",
                table: "directory_taxonomy_terms",
                columns: new[] { "parent_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_taxonomy_terms_taxonomy_id_id",
                table: "directory_taxonomy_terms",
                columns: new[] { "taxonomy_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_local_support_areas_district_number",
                table: "local_support_areas",
                columns: new[] { "district", "number" });

            migrationBuilder.CreateIndex(
                name: "IX_local_support_hours_number_day_opens_minute",
                table: "local_support_hours",
                columns: new[] { "number", "day", "opens_minute" });

            migrationBuilder.CreateIndex(
                name: "IX_local_support_places_latitude_longitude_number",
                table: "local_support_places",
                columns: new[] { "latitude", "longitude", "number" });

            migrationBuilder.CreateIndex(
                name: "IX_local_support_places_service_at_location_id",
                table: "local_support_places",
                column: "service_at_location_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_local_support_terms_term_id_number",
                table: "local_support_terms",
                columns: new[] { "term_id", "number" });

            migrationBuilder.CreateIndex(
                name: "IX_local_supports_archived_at_number",
                table: "local_supports",
                columns: new[] { "archived_at", "number" });

            migrationBuilder.CreateIndex(
                name: "IX_local_supports_id",
                table: "local_supports",
                column: "id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_local_supports_last_modified",
                table: "local_supports",
                column: "last_modified");

            migrationBuilder.CreateIndex(
                name: "IX_local_supports_organisation_id_number",
                table: "local_supports",
                columns: new[] { "organisation_id", "number" });

            Timebank.Api.Features.Directory.Search.DirectorySearchSql.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Timebank.Api.Features.Directory.Search.DirectorySearchSql.Down(migrationBuilder);

            migrationBuilder.DropTable(
                name: "directory_taxonomies");

            migrationBuilder.DropTable(
                name: "directory_taxonomy_terms");

            migrationBuilder.DropTable(
                name: "local_support_areas");

            migrationBuilder.DropTable(
                name: "local_support_hours");

            migrationBuilder.DropTable(
                name: "local_support_places");

            migrationBuilder.DropTable(
                name: "local_support_terms");

            migrationBuilder.DropTable(
                name: "local_supports");
        }
    }
}
