using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.Caching;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Organisations;

/// <summary>
/// An organisation's calendar, for features that read local days and times (courses, mentoring). Cached briefly:
/// it changes rarely, and a dashboard asks for it once per row.
/// </summary>
public sealed class OrganisationZones(LookupCache cache, IDbContextFactory<TimebankDbContext> databases)
{
    public static (string, Id<Organisation>) Key(Id<Organisation> organisation) => ("organisation-zone", organisation);

    public Task<DateTimeZone> ZoneAsync(Id<Organisation> organisation, CancellationToken cancellationToken = default)
        => cache.GetOrLoadAsync(Key(organisation), LookupCache.Changeable, async () =>
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            return await db.Organisations.AsNoTracking().Where(o => o.Id == organisation).Select(o => o.TimeZone).FirstOrDefaultAsync(cancellationToken)
                ?? Organisation.DefaultTimeZone;
        });
}
