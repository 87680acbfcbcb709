using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Sessions;

namespace Timebank.Domain.Plans.Plans;

/// <summary>
/// A person's plan, held by a provider, council or user-led group. Its versions carry what it says; this row says
/// whose it is and which version is the latest.
/// </summary>
public sealed class Plan
{
    public Id<Plan> Id { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public Id<Member> PersonId { get; private set; }
    public int LatestVersion { get; private set; }
    public Id<Member> StartedBy { get; private set; }
    public Instant StartedAt { get; private set; }

    /// <summary>The Planning Live session it was drafted in, if any.</summary>
    public Id<PlanningSession>? PlanningSessionId { get; private set; }

    /// <summary>Who manages the budget on the person's behalf, if anyone: they read, change and submit the plan as the person would, and never sign it off.</summary>
    public Id<Member>? AppointeeId { get; private set; }

    public Instant? AppointedAt { get; private set; }

    private Plan()
    {
    }

    public static (Plan Plan, PlanVersion First) Draft(Id<Organisation> organisation, Id<Member> person, PlanContent content, Id<Member> by, Instant now, Id<PlanningSession>? planningSession = null)
    {
        var plan = new Plan
        {
            Id = Id<Plan>.New(),
            OrganisationId = organisation,
            PersonId = person,
            LatestVersion = 1,
            StartedBy = by,
            StartedAt = now,
            PlanningSessionId = planningSession,
        };
        return (plan, PlanVersion.Start(plan.Id, 1, content, by, now));
    }

    /// <summary>The person, or their appointee acting for them.</summary>
    public bool ActsAsPerson(Id<Member> member) => member == PersonId || member == AppointeeId;

    /// <summary>Names (or, with null, ends) the appointee who manages the budget for the person.</summary>
    public void Appoint(Id<Member>? appointee, Instant now)
    {
        if (appointee == PersonId)
            throw new DomainException(new ValidationFailed("appointeeId", "is the person themselves; an appointee acts on someone else's behalf"));
        (AppointeeId, AppointedAt) = (appointee, appointee is null ? null : now);
    }

    /// <summary>A signer's decision on the latest version; neither the person nor their appointee signs it off.</summary>
    public void Decide(PlanVersion latest, Id<Member> signer, string? capacity, bool approves, string? comment, Instant now)
    {
        if (signer == AppointeeId)
            throw new DomainException(new OwnPlanSignOff());
        latest.Decide(PersonId, signer, capacity, approves, comment, now);
    }

    /// <summary>
    /// Changes the plan: the latest version itself while it is a draft or sent back; a new version after approval;
    /// refused while a version waits for sign-off.
    /// </summary>
    public PlanVersion Revise(PlanVersion latest, PlanContent content, Id<Member> by, Instant now)
    {
        if (latest.PlanId != Id || latest.Number != LatestVersion)
            throw new InvalidOperationException("Revise takes the plan's latest version.");
        switch (latest.Status)
        {
            case PlanStatus.Submitted:
                throw new DomainException(new PlanNotEditable("This version is waiting for sign-off; it can be changed once it is decided."));
            case PlanStatus.Approved:
                LatestVersion++;
                return PlanVersion.Start(Id, LatestVersion, content, by, now);
            default:
                latest.Replace(content, by, now);
                return latest;
        }
    }
}
