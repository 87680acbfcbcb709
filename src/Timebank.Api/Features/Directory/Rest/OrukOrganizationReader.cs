using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Directory.Entries;
using Timebank.Api.Features.Directory.Oruk;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Directory.Rest;

/// <summary>
/// ORUK's organizations: only organisations that list at least one current entry, since the directory is public and
/// the rest of the platform's organisations are not. A group has only its name, which serves as its description too.
/// </summary>
public sealed class OrukOrganizationReader(IDbContextFactory<TimebankDbContext> databases, OrukReadService services)
{
    /// <summary>How many of an organization's services its own page nests; /services?organization_id= pages them all.</summary>
    public const int MaxNestedServices = 500;

    public async Task<OrukPage<OrukOrganization>> OrganizationsAsync(int page, int perPage, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var listing = Listing(db);
        var rows = await listing.OrderBy(o => o.Name).ThenBy(o => o.Id).Skip((page - 1) * perPage).Take(perPage).ToListAsync(cancellationToken);
        return OrukPage<OrukOrganization>.Of(rows.ConvertAll(Write), await listing.CountAsync(cancellationToken), page, perPage);
    }

    /// <summary>One organization with its current services (as /services lists them), or null when it lists none.</summary>
    public async Task<OrukOrganization?> OrganizationAsync(Guid id, CancellationToken cancellationToken)
    {
        var key = Id<Organisation>.From(id);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await Listing(db).FirstOrDefaultAsync(o => o.Id == key, cancellationToken) is not { } found)
            return null;
        var organization = Write(found);
        organization.Services = [.. await services.ServicesOfAsync(key, MaxNestedServices, cancellationToken)];
        return organization;
    }

    private static IQueryable<Organisation> Listing(TimebankDbContext db)
        => db.Organisations.AsNoTracking().Where(o => db.Set<LocalSupportRecord>().Any(r => r.OrganisationId == o.Id && r.ArchivedAt == null));

    private static OrukOrganization Write(Organisation o) => new() { Id = o.Id.Value, Name = o.Name.Value, Description = o.Name.Value };
}
