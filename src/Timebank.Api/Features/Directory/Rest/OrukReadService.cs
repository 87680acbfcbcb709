using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Directory.Entries;
using Timebank.Api.Features.Directory.Oruk;
using Timebank.Api.Features.Directory.Search;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Directory;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Directory.Rest;

/// <summary>What the ORUK endpoints serve: entries in the standard's shapes, with their group as the organization.</summary>
public sealed class OrukReadService(IDbContextFactory<TimebankDbContext> databases, DirectorySearch search)
{
    public async Task<OrukPage<OrukService>> ServicesAsync(DirectoryFilter filter, int page, int perPage, CancellationToken cancellationToken)
    {
        var total = await search.CountAsync(filter, cancellationToken);
        var rows = await search.PageAsync(filter, (page - 1) * perPage, perPage, cancellationToken);
        var organisations = await OrganisationsAsync(rows.Select(r => r.OrganisationId), cancellationToken);
        var items = rows.Select(r => ListItem(r, organisations)).ToList();
        return OrukPage<OrukService>.Of(items, total, page, perPage);
    }

    public async Task<OrukService?> ServiceAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<LocalSupportRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.ArchivedAt == null, cancellationToken);
        return record is null ? null : await FullAsync(db, record, cancellationToken);
    }

    /// <summary>Each located place of the matching services, as ORUK's service_at_location with its location and service.</summary>
    public async Task<OrukPage<OrukServiceAtLocation>> ServiceAtLocationsAsync(DirectoryFilter filter, int page, int perPage, CancellationToken cancellationToken)
    {
        // A service is one item per place; the page counts services, as its places come together.
        var services = await ServicesAsync(filter, page, perPage, cancellationToken);
        var items = new List<OrukServiceAtLocation>();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var ids = services.Contents.Select(s => s.Id!.Value).ToList();
        var documents = await db.Set<LocalSupportRecord>().AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Document }).ToDictionaryAsync(r => r.Id, r => r.Document, cancellationToken);
        foreach (var service in services.Contents)
        {
            var full = OrukJson.Deserialize<OrukService>(documents[service.Id!.Value])!;
            items.AddRange((full.ServiceAtLocations ?? []).Select(sal => new OrukServiceAtLocation { Id = sal.Id, ServiceId = sal.ServiceId, LocationId = sal.LocationId, Location = Scalars(sal.Location), Service = service }));
        }
        return OrukPage<OrukServiceAtLocation>.Of(items, services.TotalItems, page, perPage) with { TotalPages = services.TotalPages, LastPage = services.LastPage, Empty = services.Empty };
    }

    public async Task<OrukServiceAtLocation?> ServiceAtLocationAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<LocalSupportRecord>().AsNoTracking()
            .Where(r => r.ArchivedAt == null && db.Set<LocalSupportPlace>().Any(p => p.Number == r.Number && p.ServiceAtLocationId == id))
            .FirstOrDefaultAsync(cancellationToken);
        if (record is null)
            return null;
        var full = await FullAsync(db, record, cancellationToken);
        var found = full.ServiceAtLocations!.First(s => s.Id == id);
        full.ServiceAtLocations = null;
        found.Service = full;
        return found;
    }

    /// <summary>An organisation's current entries as /services lists them, by name, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<OrukService>> ServicesOfAsync(Id<Organisation> organisation, int limit, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<LocalSupportRecord>().AsNoTracking().Where(r => r.OrganisationId == organisation && r.ArchivedAt == null)
            .OrderBy(r => r.Name).ThenBy(r => r.Id).Take(limit).ToListAsync(cancellationToken);
        var organisations = await OrganisationsAsync([organisation], cancellationToken);
        return rows.ConvertAll(r => ListItem(r, organisations));
    }

    private async Task<OrukService> FullAsync(TimebankDbContext db, LocalSupportRecord record, CancellationToken cancellationToken)
    {
        var full = OrukJson.Deserialize<OrukService>(record.Document)!;
        var termIds = (full.Attributes ?? []).Select(a => Id<TaxonomyTerm>.From(a.TaxonomyTermId!.Value)).ToList();
        var terms = await db.Set<TaxonomyTerm>().AsNoTracking().Where(t => termIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id.Value, cancellationToken);
        foreach (var attribute in full.Attributes ?? [])
            attribute.TaxonomyTerm = terms.TryGetValue(attribute.TaxonomyTermId!.Value, out var term) ? OrukWriter.Term(term) : null;
        full.Organization = (await OrganisationsAsync([record.OrganisationId], cancellationToken)).GetValueOrDefault(record.OrganisationId);
        full.LastModified = OrukWriter.LastModified(record.LastModified);
        full.AssuredDate = record.AssuredDate is { } assured ? OrukDate.Format(assured) : null;
        return full;
    }

    private static OrukService ListItem(LocalSupportRecord record, IReadOnlyDictionary<Id<Organisation>, OrukOrganization> organisations)
    {
        var item = OrukJson.Deserialize<OrukService>(record.Document)!;
        (item.Schedules, item.ServiceAreas, item.ServiceAtLocations, item.Languages, item.Funding, item.CostOptions, item.Contacts, item.Attributes) = (null, null, null, null, null, null, null, null);
        item.Organization = organisations.GetValueOrDefault(record.OrganisationId);
        item.LastModified = OrukWriter.LastModified(record.LastModified);
        item.AssuredDate = record.AssuredDate is { } assured ? OrukDate.Format(assured) : null;
        return item;
    }

    private static OrukLocation? Scalars(OrukLocation? location)
    {
        if (location is null)
            return null;
        (location.Addresses, location.Accessibility) = (null, null);
        return location;
    }

    /// <summary>ORUK's organization requires a description; a group has only its name, which serves as both.</summary>
    private async Task<IReadOnlyDictionary<Id<Organisation>, OrukOrganization>> OrganisationsAsync(IEnumerable<Id<Organisation>> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var found = await db.Organisations.AsNoTracking().Where(o => wanted.Contains(o.Id)).ToListAsync(cancellationToken);
        return found.ToDictionary(o => o.Id, o => new OrukOrganization { Id = o.Id.Value, Name = o.Name.Value, Description = o.Name.Value });
    }
}
