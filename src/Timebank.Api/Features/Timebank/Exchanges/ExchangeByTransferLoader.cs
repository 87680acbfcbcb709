using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

/// <summary>The exchange recorded with each transfer (for a posted hold, the exchange of the hold), for statements.</summary>
public sealed class ExchangeByTransferLoader(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<Transfer>, Exchange>
{
    protected override async Task<IReadOnlyDictionary<Id<Transfer>, Exchange>> FetchAsync(IReadOnlyList<Id<Transfer>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var holds = await db.Set<Transfer>().AsNoTracking().Where(t => keys.Contains(t.Id) && t.PendingId != null)
            .ToDictionaryAsync(t => t.Id, t => t.PendingId!.Value, cancellationToken);
        var wanted = keys.Select(k => holds.TryGetValue(k, out var hold) ? hold : k).Distinct().ToList();
        var exchanges = await db.Set<Exchange>().AsNoTracking().Where(e => wanted.Contains(e.TransferId)).ToDictionaryAsync(e => e.TransferId, cancellationToken);
        return keys.Select(k => (Key: k, Exchange: exchanges.GetValueOrDefault(holds.TryGetValue(k, out var hold) ? hold : k)))
            .Where(x => x.Exchange is not null)
            .ToDictionary(x => x.Key, x => x.Exchange!);
    }
}
