using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Brokerage.Brokers;

/// <summary>One accreditation a member holds in another feature's keeping, as brokers' search reads it.</summary>
public sealed class HeldAccreditation
{
    public required Id<Member> MemberId { get; init; }

    /// <summary>Its code in capitals with underscores, e.g. PEER_BROKER.</summary>
    public required string Code { get; init; }
}

/// <summary>
/// Accreditations members earned outside brokerage (the courses feature keeps them), so that brokers(filter), its
/// relevance and a profile's list count them beside brokerage's own. <see cref="Query"/> is composed into brokers'
/// one SQL statement, never run apart.
/// </summary>
public interface IHeldAccreditations
{
    IQueryable<HeldAccreditation> Query(TimebankDbContext db);

    /// <summary>How each member's accreditations read on their broker profiles, oldest first, for a page at once.</summary>
    Task<ILookup<Id<Member>, BrokerAccreditationView>> OfMembersAsync(IReadOnlyCollection<Id<Member>> members, CancellationToken cancellationToken);
}
