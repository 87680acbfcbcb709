using Microsoft.EntityFrameworkCore;

namespace Timebank.Api.Platform.Persistence;

/// <summary>PostgreSQL maps NodaTime natively (timestamptz, date) through Npgsql's NodaTime plugin.</summary>
public sealed class PostgresTimebankDbContext(DbContextOptions<PostgresTimebankDbContext> options) : TimebankDbContext(options)
{
    public override StoreKind Store => StoreKind.Postgres;
}
