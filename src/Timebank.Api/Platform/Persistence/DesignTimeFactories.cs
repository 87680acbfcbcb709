using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Timebank.Api.Platform.Persistence;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTimebankDbContext>
{
    public SqliteTimebankDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<SqliteTimebankDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTimebankDbContext>
{
    public PostgresTimebankDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<PostgresTimebankDbContext>()
            .UseNpgsql("Host=localhost;Database=design_time", npgsql => npgsql.UseNodaTime()).Options);
}
