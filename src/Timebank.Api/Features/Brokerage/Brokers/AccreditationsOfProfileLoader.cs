using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Brokerage;

namespace Timebank.Api.Features.Brokerage.Brokers;

public sealed record AccreditationList(IReadOnlyList<Accreditation> Items);

/// <summary>The accreditations of every profile on a page, in one query.</summary>
public sealed class AccreditationsOfProfileLoader(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<BrokerProfile>, AccreditationList>
{
    protected override async Task<IReadOnlyDictionary<Id<BrokerProfile>, AccreditationList>> FetchAsync(IReadOnlyList<Id<BrokerProfile>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<Accreditation>().AsNoTracking().Where(a => keys.Contains(a.BrokerProfileId)).OrderBy(a => a.AwardedOn).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var found = rows.GroupBy(a => a.BrokerProfileId).ToDictionary(g => g.Key, g => new AccreditationList(g.ToList()));
        return keys.Distinct().ToDictionary(k => k, k => found.GetValueOrDefault(k) ?? new AccreditationList([]));
    }
}
