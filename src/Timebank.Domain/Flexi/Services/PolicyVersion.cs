using NodaTime;
using Timebank.Domain.Members;

namespace Timebank.Domain.Flexi.Services;

/// <summary>
/// The flexi policy a service applies from one period on. Rows are only added: a change made twice in one period
/// adds two rows for the next period, and the later one wins.
/// </summary>
public sealed class PolicyVersion
{
    public Id<PolicyVersion> Id { get; private set; }
    public Id<FlexiService> ServiceId { get; private set; }

    /// <summary>The first day of the first period this policy applies to.</summary>
    public LocalDate EffectiveFrom { get; private set; }

    public FlexiPolicy Policy { get; private set; }
    public Id<Member> SetBy { get; private set; }
    public Instant SetAt { get; private set; }

    private PolicyVersion(Id<PolicyVersion> id, Id<FlexiService> serviceId, LocalDate effectiveFrom, FlexiPolicy policy, Id<Member> setBy, Instant setAt)
    {
        Id = id;
        ServiceId = serviceId;
        EffectiveFrom = effectiveFrom;
        Policy = policy;
        SetBy = setBy;
        SetAt = setAt;
    }

    // For the store, which sets the policy (an owned value) after construction.
    private PolicyVersion(Id<PolicyVersion> id, Id<FlexiService> serviceId, LocalDate effectiveFrom, Id<Member> setBy, Instant setAt)
    {
        Id = id;
        ServiceId = serviceId;
        EffectiveFrom = effectiveFrom;
        Policy = null!;
        SetBy = setBy;
        SetAt = setAt;
    }

    internal static PolicyVersion Start(Id<FlexiService> service, LocalDate effectiveFrom, FlexiPolicy policy, Id<Member> setBy, Instant now)
        => new(Id<PolicyVersion>.New(), service, effectiveFrom, Guard.NotNull(policy), setBy, now);
}
