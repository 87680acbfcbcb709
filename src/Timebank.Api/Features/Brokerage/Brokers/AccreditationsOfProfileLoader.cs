using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Brokerage.Brokers;

public sealed record AccreditationList(IReadOnlyList<BrokerAccreditationView> Items);

/// <summary>A profile and its broker, whose accreditations held elsewhere count on it too.</summary>
public sealed record ProfileOfMember(Id<BrokerProfile> Profile, Id<Member> Member);

/// <summary>The accreditations of every profile on a page, brokerage's and those held elsewhere, in one query each.</summary>
public sealed class AccreditationsOfProfileLoader(IDbContextFactory<TimebankDbContext> databases, IHeldAccreditations held) : BatchLoader<ProfileOfMember, AccreditationList>
{
    protected override async Task<IReadOnlyDictionary<ProfileOfMember, AccreditationList>> FetchAsync(IReadOnlyList<ProfileOfMember> keys, CancellationToken cancellationToken)
    {
        var profiles = keys.Select(k => k.Profile).Distinct().ToList();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var own = (await db.Set<Accreditation>().AsNoTracking().Where(a => profiles.Contains(a.BrokerProfileId)).OrderBy(a => a.AwardedOn).ThenBy(a => a.Id).ToListAsync(cancellationToken))
            .ToLookup(a => a.BrokerProfileId, BrokerAccreditationView.Of);
        var elsewhere = await held.OfMembersAsync(keys.Select(k => k.Member).Distinct().ToList(), cancellationToken);
        return keys.Distinct().ToDictionary(k => k, k => new AccreditationList(own[k.Profile].Concat(elsewhere[k.Member]).OrderBy(a => a.AwardedOn).ToList()));
    }
}
