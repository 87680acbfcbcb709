using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Flexi;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Plans.Budgets;

public enum ChallengeStatus
{
    Open = 1,
    Upheld = 2,
    NotUpheld = 3,
}

/// <summary>
/// A person's challenge to their indicative budget: why, who supports them in it, and what was decided, with dates.
/// An upheld challenge carries the new weekly amounts, which the budget's working then shows.
/// </summary>
public sealed class BudgetChallenge
{
    public const int ReasonMaxLength = 4_000;
    public const int SupporterMaxLength = 200;
    public const int NoteMaxLength = 2_000;

    public Id<BudgetChallenge> Id { get; private set; }
    public Id<SelfAssessment> AssessmentId { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public Id<Member> PersonId { get; private set; }
    public string Reason { get; private set; } = string.Empty;
    public string? SupportedBy { get; private set; }
    public Id<Member> RaisedBy { get; private set; }
    public LocalDate RaisedOn { get; private set; }
    public ChallengeStatus Status { get; private set; }
    public Id<Member>? DecidedBy { get; private set; }
    public LocalDate? DecidedOn { get; private set; }
    public string? DecisionNote { get; private set; }
    public long? NewWeeklyPence { get; private set; }
    public long? NewWeeklyMinutes { get; private set; }

    private BudgetChallenge()
    {
    }

    public static BudgetChallenge Raise(SelfAssessment assessment, bool anotherIsOpen, string? reason, string? supportedBy, Id<Member> by, LocalDate today)
    {
        if (anotherIsOpen)
            throw new DomainException(new ChallengeAlreadyOpen());
        return new BudgetChallenge
        {
            Id = Id<BudgetChallenge>.New(),
            AssessmentId = assessment.Id,
            OrganisationId = assessment.OrganisationId,
            PersonId = assessment.PersonId,
            Reason = Text.Required(reason, "reason", ReasonMaxLength),
            SupportedBy = Text.Optional(supportedBy, "supportedBy", SupporterMaxLength),
            RaisedBy = by,
            RaisedOn = today,
            Status = ChallengeStatus.Open,
        };
    }

    /// <summary>Upheld with the new weekly amounts, which must change the budget; decided once, never by the person.</summary>
    public void Uphold(Id<Member> by, string? note, long weeklyPence, long weeklyMinutes, SelfAssessment assessment, LocalDate today)
    {
        RequireOpenAndNotOwn(by);
        if (weeklyPence is < 0 or > BudgetBand.MaxWeeklyPence)
            throw new DomainException(new ValidationFailed("weeklyPence", $"must be from £0.00 to {FlexiText.Pence(BudgetBand.MaxWeeklyPence)}"));
        if (weeklyMinutes is < 0 or > BudgetBand.MaxWeeklyMinutes)
            throw new DomainException(new ValidationFailed("weeklyMinutes", $"must be from 0 minutes to {FlexiText.Minutes(BudgetBand.MaxWeeklyMinutes)}"));
        if (weeklyPence == assessment.WeeklyPence && weeklyMinutes == assessment.WeeklyMinutes)
            throw new DomainException(new ValidationFailed("weeklyPence", "an upheld challenge changes the budget; decline it instead to keep the amounts"));
        Decide(ChallengeStatus.Upheld, by, note, today);
        (NewWeeklyPence, NewWeeklyMinutes) = (weeklyPence, weeklyMinutes);
    }

    public void Decline(Id<Member> by, string? note, LocalDate today)
    {
        RequireOpenAndNotOwn(by);
        Decide(ChallengeStatus.NotUpheld, by, Text.Required(note, "note", NoteMaxLength), today);
    }

    private void RequireOpenAndNotOwn(Id<Member> by)
    {
        if (Status != ChallengeStatus.Open)
            throw new DomainException(new ChallengeAlreadyDecided());
        if (by == PersonId || by == RaisedBy)
            throw new DomainException(new NotAllowed("A challenge is decided by someone other than the person who raised it."));
    }

    private void Decide(ChallengeStatus status, Id<Member> by, string? note, LocalDate today)
    {
        Status = status;
        DecidedBy = by;
        DecidedOn = today;
        DecisionNote = Text.Optional(note, "note", NoteMaxLength);
    }
}
