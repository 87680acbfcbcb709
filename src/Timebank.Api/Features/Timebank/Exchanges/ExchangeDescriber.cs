using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

/// <summary>Statement lines of timebank accounts read as "Gardening: Ann gave to Bob".</summary>
public static class ExchangeDescriber
{
    public static async Task<IReadOnlyDictionary<Id<Transfer>, string>> DescribeAsync(
        IDbContextFactory<TimebankDbContext> databases, IReadOnlyCollection<Id<Transfer>> transfers, CancellationToken cancellationToken)
    {
        var loader = new ExchangeByTransferLoader(databases);
        var exchanges = new Dictionary<Id<Transfer>, Exchange>();
        var pending = transfers.Distinct().Select(id => (Id: id, Result: loader.Load(id))).ToList();
        foreach (var (id, result) in pending)
        {
            if (await result.GetResultAsync(cancellationToken) is { } exchange)
                exchanges[id] = exchange;
        }
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var people = exchanges.Values.SelectMany(e => new[] { e.CreditedMemberId, e.DebitedMemberId }).OfType<Id<Member>>().Distinct().ToList();
        var names = await db.Members.AsNoTracking().Where(m => people.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.DisplayName.Value, cancellationToken);
        string Name(Id<Member>? id) => id is { } known ? names.GetValueOrDefault(known, "someone") : "the pool";
        return exchanges.ToDictionary(x => x.Key, x => x.Value.Kind switch
        {
            ExchangeKind.Donation => $"{x.Value.Description}: donated to the pool",
            ExchangeKind.Grant => $"{x.Value.Description}: granted from the pool",
            ExchangeKind.Reversal => $"Correction: {x.Value.Description}",
            _ => $"{x.Value.Description}: {Name(x.Value.CreditedMemberId)} gave to {Name(x.Value.DebitedMemberId)}",
        });
    }
}
