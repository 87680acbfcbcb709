using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Brokerage;

namespace Timebank.Api.Features.Brokerage.Requests;

/// <summary>Whole requests by id (invites, sessions and closure with them), one query set per level of a response.</summary>
public sealed class BrokerageRequestLoader(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<BrokerageRequest>, BrokerageRequest>
{
    protected override async Task<IReadOnlyDictionary<Id<BrokerageRequest>, BrokerageRequest>> FetchAsync(IReadOnlyList<Id<BrokerageRequest>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await BrokerageRequestStore.Whole(db).AsNoTracking().Where(r => keys.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
    }
}
