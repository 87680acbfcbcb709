using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Directory.Oruk;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory.Rest;

/// <summary>The directory's taxonomies and terms in ORUK's shapes.</summary>
public sealed class OrukTaxonomyReader(IDbContextFactory<TimebankDbContext> databases)
{
    public async Task<OrukPage<OrukTaxonomy>> TaxonomiesAsync(int page, int perPage, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var all = db.Set<Taxonomy>().AsNoTracking();
        var rows = await all.OrderBy(t => t.Name).ThenBy(t => t.Id).Skip((page - 1) * perPage).Take(perPage).ToListAsync(cancellationToken);
        return OrukPage<OrukTaxonomy>.Of(rows.ConvertAll(Write), await all.CountAsync(cancellationToken), page, perPage);
    }

    public async Task<OrukTaxonomy?> TaxonomyAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var key = Id<Taxonomy>.From(id);
        return await db.Set<Taxonomy>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == key, cancellationToken) is { } found ? Write(found) : null;
    }

    public async Task<OrukPage<OrukTaxonomyTerm>> TermsAsync(Guid? taxonomy, Guid? parent, bool topOnly, int page, int perPage, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var taxonomyId = taxonomy is { } t ? Id<Taxonomy>.From(t) : (Id<Taxonomy>?)null;
        var parentId = parent is { } p ? Id<TaxonomyTerm>.From(p) : (Id<TaxonomyTerm>?)null;
        var all = db.Set<TaxonomyTerm>().AsNoTracking()
            .Where(x => (taxonomyId == null || x.TaxonomyId == taxonomyId) && (parentId == null || x.ParentId == parentId) && (!topOnly || x.ParentId == null));
        var rows = await all.OrderBy(x => x.Name).ThenBy(x => x.Id).Skip((page - 1) * perPage).Take(perPage).ToListAsync(cancellationToken);
        return OrukPage<OrukTaxonomyTerm>.Of(rows.ConvertAll(OrukWriter.Term), await all.CountAsync(cancellationToken), page, perPage);
    }

    public async Task<OrukTaxonomyTerm?> TermAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var key = Id<TaxonomyTerm>.From(id);
        return await db.Set<TaxonomyTerm>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == key, cancellationToken) is { } found ? OrukWriter.Term(found) : null;
    }

    private static OrukTaxonomy Write(Taxonomy t) => new() { Id = t.Id.Value, Name = t.Name, Description = t.Description, Uri = t.Uri, Version = t.Version };
}
