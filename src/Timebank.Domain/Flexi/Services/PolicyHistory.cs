using NodaTime;
using Timebank.Domain.Flexi.Periods;

namespace Timebank.Domain.Flexi.Services;

/// <summary>A service's policy versions, answering which policy governs a period.</summary>
public sealed class PolicyHistory
{
    private readonly List<PolicyVersion> _versions;

    public PolicyHistory(IEnumerable<PolicyVersion> versions)
    {
        _versions = [.. versions.OrderBy(v => v.EffectiveFrom).ThenBy(v => v.SetAt)];
        if (_versions.Count == 0)
            throw new ArgumentException("a service always has its first policy", nameof(versions));
    }

    public IReadOnlyList<PolicyVersion> Versions => _versions;

    /// <summary>The latest version that took effect on or before the period's first day; periods before the first use the first.</summary>
    public FlexiPolicy For(AllowancePeriod period) => For(period.StartDate);

    public FlexiPolicy For(LocalDate periodStart)
        => (_versions.LastOrDefault(v => v.EffectiveFrom <= periodStart) ?? _versions[0]).Policy;

    public FlexiPolicy Current(PeriodSchedule schedule, Instant now) => For(schedule.Containing(now));
}
