using Timebank.Domain.Common;

namespace Timebank.Domain.Plans.Plans;

public sealed record PlanNotEditable(string Reason)
    : DomainError("PLAN_NOT_EDITABLE", Reason);

public sealed record PlanNotAwaitingSignOff()
    : DomainError("PLAN_NOT_AWAITING_SIGN_OFF", "This version of the plan is not waiting for sign-off.");

public sealed record AlreadySignedOff()
    : DomainError("ALREADY_SIGNED_OFF", "You have already given your decision on this version of the plan.");

public sealed record OwnPlanSignOff()
    : DomainError("OWN_PLAN_SIGN_OFF", "Nobody signs off their own plan.");

public sealed record PersonNotServed(string Person)
    : DomainError("PERSON_NOT_SERVED", $"{Person} is not someone this organisation holds plans for: a customer of a provider, or an active member of a council or group.");
