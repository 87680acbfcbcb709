using NodaTime;
using Timebank.Domain.Members;

namespace Timebank.Domain.Brokerage;

/// <summary>A broker whose safeguarding check has lapsed or lapses soon; negative days left means already lapsed.</summary>
public sealed record ExpiringCheck(Id<BrokerProfile> ProfileId, Id<Member> BrokerId, LocalDate ExpiresOn, int DaysLeft)
{
    public bool HasLapsed => DaysLeft < 0;
}

/// <summary>Checks for the coordinator to renew: lapsed ones, and those whose last day in date falls within the window.</summary>
public static class ExpiringChecks
{
    public static IReadOnlyList<ExpiringCheck> Within(IEnumerable<BrokerProfile> brokers, LocalDate today, int days)
        => brokers
            .Where(b => b.SafeguardingCheck is { } check && check.ExpiresOn <= today.PlusDays(days))
            .Select(b => new ExpiringCheck(b.Id, b.MemberId, b.SafeguardingCheck!.ExpiresOn, Period.Between(today, b.SafeguardingCheck.ExpiresOn, PeriodUnits.Days).Days))
            .OrderBy(c => c.ExpiresOn)
            .ThenBy(c => c.ProfileId)
            .ToList();
}
