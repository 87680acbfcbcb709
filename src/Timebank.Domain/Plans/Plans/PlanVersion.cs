using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;

namespace Timebank.Domain.Plans.Plans;

public enum PlanStatus
{
    Draft = 1,
    Submitted = 2,
    Approved = 3,
    SentBack = 4,
}

/// <summary>
/// One version of a person's plan. A draft or a version sent back can be edited; a submitted one waits for its
/// signers; an approved one never changes again (a later change is the next version).
/// </summary>
public sealed class PlanVersion
{
    public Id<PlanVersion> Id { get; private set; }
    public Id<Plan> PlanId { get; private set; }
    public int Number { get; private set; }
    public PlanContent Content { get; private set; } = null!;
    public PlanStatus Status { get; private set; }
    public Id<Member> EditedBy { get; private set; }
    public Instant EditedAt { get; private set; }
    public Instant? SubmittedAt { get; private set; }
    public Instant? DecidedAt { get; private set; }

    /// <summary>The policy it was submitted under; null until it is submitted.</summary>
    public PlanSignOffPolicy? Policy { get; private set; }

    public IReadOnlyList<SignOffDecision> Decisions { get; private set; } = [];

    private PlanVersion()
    {
    }

    internal static PlanVersion Start(Id<Plan> plan, int number, PlanContent content, Id<Member> by, Instant now)
        => new() { Id = Id<PlanVersion>.New(), PlanId = plan, Number = number, Content = content, Status = PlanStatus.Draft, EditedBy = by, EditedAt = now };

    internal void Replace(PlanContent content, Id<Member> by, Instant now)
    {
        Content = content;
        Status = PlanStatus.Draft;
        EditedBy = by;
        EditedAt = now;
        Policy = null;
        Decisions = [];
        SubmittedAt = null;
    }

    public void Submit(PlanSignOffPolicy policy, Instant now)
    {
        if (Status != PlanStatus.Draft)
            throw new DomainException(new PlanNotEditable(Status == PlanStatus.Submitted ? "This version is already waiting for sign-off." : "Only a draft is submitted; change the plan to make a new draft."));
        Status = PlanStatus.Submitted;
        Policy = policy;
        SubmittedAt = now;
        Decisions = [];
    }

    /// <summary>
    /// Records a signer's decision. Approved once enough approve (every capacity, or the panel's quorum); sent back
    /// with its reasons once approval can no longer be reached.
    /// </summary>
    public void Decide(Id<Member> person, Id<Member> signer, string? capacity, bool approves, string? comment, Instant now)
    {
        if (Status != PlanStatus.Submitted || Policy is not { } policy)
            throw new DomainException(new PlanNotAwaitingSignOff());
        if (signer == person)
            throw new DomainException(new OwnPlanSignOff());
        if (capacity is null)
            throw new DomainException(new NotAllowed("You are not one of the people who sign off this plan."));
        if (Decisions.Any(d => d.Member == signer || (policy.Mode != SignOffMode.Panel && d.Capacity == capacity)))
            throw new DomainException(new AlreadySignedOff());
        var note = Text.Optional(comment, "comment", PlanContent.TextMaxLength);
        if (!approves && note is null)
            throw new DomainException(new ValidationFailed("comment", "says why the plan is sent back"));
        Decisions = [.. Decisions, new SignOffDecision(signer, capacity, approves, note, now)];
        var approvals = Decisions.Count(d => d.Approves);
        var against = Decisions.Count - approvals;
        if (approvals >= policy.Needed)
            (Status, DecidedAt) = (PlanStatus.Approved, now);
        else if (against > policy.Signers - policy.Needed)
            (Status, DecidedAt) = (PlanStatus.SentBack, now);
    }

    /// <summary>A version sent back becomes a draft again on its next edit; what is submitted or approved stays as it is.</summary>
    public bool IsEditable => Status is PlanStatus.Draft or PlanStatus.SentBack;
}
