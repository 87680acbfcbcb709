using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Caching;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Ledger;

/// <summary>Which organisation runs a ledger, and for which purpose.</summary>
public sealed record LedgerOwner(Id<Domain.Ledger.Ledger> LedgerId, Id<Organisation> OrganisationId, LedgerPurpose Purpose);

/// <summary>A ledger's owner never changes, so it is cached for good after the first look.</summary>
public sealed class LedgerOwnerLoader(IDbContextFactory<TimebankDbContext> databases, LookupCache cache) : BatchLoader<Id<Domain.Ledger.Ledger>, LedgerOwner>
{
    protected override async Task<IReadOnlyDictionary<Id<Domain.Ledger.Ledger>, LedgerOwner>> FetchAsync(
        IReadOnlyList<Id<Domain.Ledger.Ledger>> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Id<Domain.Ledger.Ledger>, LedgerOwner>();
        var missing = new List<Id<Domain.Ledger.Ledger>>();
        foreach (var key in keys)
        {
            if (cache.TryGet<LedgerOwner>(("ledger-owner", key), out var known))
                found[key] = known!;
            else
                missing.Add(key);
        }
        if (missing.Count > 0)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            foreach (var owner in await db.Set<Domain.Ledger.Ledger>().AsNoTracking().Where(l => missing.Contains(l.Id))
                .Select(l => new LedgerOwner(l.Id, l.OrganisationId, l.Purpose)).ToListAsync(cancellationToken))
            {
                cache.Set(("ledger-owner", owner.LedgerId), owner, lifetime: null);
                found[owner.LedgerId] = owner;
            }
        }
        return found;
    }
}
