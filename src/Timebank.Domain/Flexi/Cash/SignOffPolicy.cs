using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Flexi.Cash;

/// <summary>Whether a purchase waits for sign-off, and who may give it. A policy, so plans can later say "already agreed".</summary>
public interface ISignOffPolicy
{
    bool NeedsSignOff(PurchaseDetails details, long pence, FlexiPolicy policy);

    bool MaySignOff(Membership approver, Id<Organisation> provider);

    /// <summary>Who signs off, as a refusal names them ("a manager").</summary>
    string WhoSignsOff { get; }
}

/// <summary>Default: a purchase above the service's threshold waits for a manager of the provider.</summary>
public sealed class ManagerSignOff : ISignOffPolicy
{
    public static readonly ManagerSignOff Instance = new();

    private ManagerSignOff()
    {
    }

    public bool NeedsSignOff(PurchaseDetails details, long pence, FlexiPolicy policy) => pence > policy.SignOffThresholdPence;

    public bool MaySignOff(Membership approver, Id<Organisation> provider) => approver.OrganisationId == provider && approver.Has(Roles.Manager);

    public string WhoSignsOff => "a manager";
}

/// <summary>
/// An item already agreed in the person's approved plan needs no further sign-off (nobody should feel "childlike
/// when seeking permission"); anything else goes to the policy it wraps. Plans supply the test.
/// </summary>
public sealed class AgreedInPlanSignOff(ISignOffPolicy otherwise, Func<PurchaseDetails, long, bool> agreedInPlan) : ISignOffPolicy
{
    public bool NeedsSignOff(PurchaseDetails details, long pence, FlexiPolicy policy)
        => !agreedInPlan(details, pence) && otherwise.NeedsSignOff(details, pence, policy);

    public bool MaySignOff(Membership approver, Id<Organisation> provider) => otherwise.MaySignOff(approver, provider);

    public string WhoSignsOff => otherwise.WhoSignsOff;
}
