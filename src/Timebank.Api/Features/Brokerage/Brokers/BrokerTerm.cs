using Timebank.Domain.Brokerage;

namespace Timebank.Api.Features.Brokerage.Brokers;

public enum BrokerTermKind
{
    Skill = 1,
    Language = 2,
    Area = 3,
}

/// <summary>
/// One searchable fact of a broker profile (a skill in lower case, a language's primary code, a postcode district),
/// rewritten with the profile, so <c>brokers(filter)</c> and matching filter and rank in SQL on indexed rows.
/// </summary>
public sealed class BrokerTerm
{
    public Id<BrokerProfile> ProfileId { get; private set; }
    public BrokerTermKind Kind { get; private set; }
    public string Value { get; private set; }

    public BrokerTerm(Id<BrokerProfile> profileId, BrokerTermKind kind, string value) => (ProfileId, Kind, Value) = (profileId, kind, value);

    public static IEnumerable<BrokerTerm> Of(BrokerProfile profile)
        => profile.Skills.Select(s => s.ToLowerInvariant()).Distinct().Select(s => new BrokerTerm(profile.Id, BrokerTermKind.Skill, s))
            .Concat(profile.Languages.Select(l => l.Primary).Distinct().Select(l => new BrokerTerm(profile.Id, BrokerTermKind.Language, l)))
            .Concat(profile.AreasServed.Select(a => new BrokerTerm(profile.Id, BrokerTermKind.Area, a.Value)));
}
