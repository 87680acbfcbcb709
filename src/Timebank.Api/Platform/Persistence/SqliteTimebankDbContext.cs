using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Timebank.Api.Platform.Persistence;

public sealed class SqliteTimebankDbContext(DbContextOptions<SqliteTimebankDbContext> options) : TimebankDbContext(options)
{
    public override StoreKind Store => StoreKind.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no date types: instants as integer ticks (exact, and they sort), dates as ISO text (they sort too).
        configurationBuilder.Properties<Instant>().HaveConversion<InstantAsTicks>();
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateAsIsoText>().HaveMaxLength(10);
    }

    private sealed class InstantAsTicks() : ValueConverter<Instant, long>(
        instant => instant.ToUnixTimeTicks(), ticks => Instant.FromUnixTimeTicks(ticks));

    private sealed class LocalDateAsIsoText() : ValueConverter<LocalDate, string>(
        date => LocalDatePattern.Iso.Format(date), text => LocalDatePattern.Iso.Parse(text).Value);
}
