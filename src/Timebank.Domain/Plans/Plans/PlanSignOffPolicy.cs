using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Plans.Plans;

public enum SignOffMode
{
    /// <summary>The holding organisation's own manager, where no commissioner takes part.</summary>
    ManagerAlone = 1,

    /// <summary>A manager of the holding organisation and a commissioner of the commissioning organisation, jointly.</summary>
    ManagerAndCommissioner = 2,

    /// <summary>A panel of named people with a quorum; observers see but do not sign.</summary>
    Panel = 3,
}

/// <summary>A place on an approval panel: who, in what role, and whether they only observe.</summary>
public sealed record PanelSeat(Id<Member> Member, string Role, bool Observer);

/// <summary>
/// How an organisation's plans are signed off. A submitted version keeps the policy it was submitted under, so a
/// change of policy never changes a decision already under way.
/// </summary>
public sealed record PlanSignOffPolicy(SignOffMode Mode, Id<Organisation>? CommissioningOrganisationId, IReadOnlyList<PanelSeat> Panel, int Quorum)
{
    public const int MaxSeats = 20;

    public static readonly PlanSignOffPolicy ManagerAlone = new(SignOffMode.ManagerAlone, null, [], 1);

    public static PlanSignOffPolicy Create(SignOffMode mode, Id<Organisation>? commissioning, IReadOnlyList<PanelSeat>? panel, int? quorum)
    {
        if (!Enum.IsDefined(mode))
            throw new DomainException(new ValidationFailed("mode", "is not a way plans are signed off"));
        switch (mode)
        {
            case SignOffMode.ManagerAlone:
                return ManagerAlone;
            case SignOffMode.ManagerAndCommissioner:
                return commissioning is { } council
                    ? new PlanSignOffPolicy(mode, council, [], 2)
                    : throw new DomainException(new ValidationFailed("commissioningOrganisationId", "names the commissioning organisation whose commissioner signs"));
        }
        var seats = (panel ?? []).Select((s, i) => s with { Role = Text.Required(s.Role, $"panel[{i}].role", 100) }).ToList();
        if (seats.Count > MaxSeats)
            throw new DomainException(new ValidationFailed("panel", $"holds at most {MaxSeats} people"));
        if (seats.GroupBy(s => s.Member).Any(g => g.Count() > 1))
            throw new DomainException(new ValidationFailed("panel", "names someone twice"));
        var voting = seats.Count(s => !s.Observer);
        if (quorum is not { } needed || needed < 1 || needed > voting)
            throw new DomainException(new ValidationFailed("quorum", $"must be between 1 and the {voting} panel members who sign"));
        return new PlanSignOffPolicy(mode, null, seats, needed);
    }

    /// <summary>How many decisions could still approve: the panel's signing seats, or the two capacities, or one manager.</summary>
    public int Signers => Mode switch
    {
        SignOffMode.Panel => Panel.Count(s => !s.Observer),
        SignOffMode.ManagerAndCommissioner => 2,
        _ => 1,
    };

    public int Needed => Mode == SignOffMode.Panel ? Quorum : Signers;

    /// <summary>The capacity in which someone may sign a version under this policy, or null when they may not.</summary>
    public string? CapacityOf(Id<Member> member, bool managesHolder, bool commissions) => Mode switch
    {
        SignOffMode.Panel => Panel.FirstOrDefault(s => s.Member == member && !s.Observer)?.Role,
        SignOffMode.ManagerAndCommissioner => managesHolder ? "manager" : commissions ? "commissioner" : null,
        _ => managesHolder ? "manager" : null,
    };

    public bool Observes(Id<Member> member) => Panel.Any(s => s.Member == member);
}

/// <summary>One signer's decision on a version, in the capacity they signed in, with their comment.</summary>
public sealed record SignOffDecision(Id<Member> Member, string Capacity, bool Approves, string? Comment, Instant At);

/// <summary>An organisation's standing sign-off policy (managers and coordinators set it).</summary>
public sealed class OrganisationSignOff
{
    public Id<Organisation> OrganisationId { get; private set; }
    public PlanSignOffPolicy Policy { get; private set; } = PlanSignOffPolicy.ManagerAlone;
    public Id<Member> SetBy { get; private set; }
    public Instant SetAt { get; private set; }

    private OrganisationSignOff()
    {
    }

    public static OrganisationSignOff Set(Id<Organisation> organisation, PlanSignOffPolicy policy, Id<Member> by, Instant now)
        => new() { OrganisationId = organisation, Policy = policy, SetBy = by, SetAt = now };

    public void Change(PlanSignOffPolicy policy, Id<Member> by, Instant now)
    {
        Policy = policy;
        SetBy = by;
        SetAt = now;
    }
}
