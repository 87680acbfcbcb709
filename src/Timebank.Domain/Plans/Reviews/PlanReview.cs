using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Flexi;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Plans;

namespace Timebank.Domain.Plans.Reviews;

/// <summary>
/// A review of a person's approved plan: progress on each of its outcomes, how much control they say they have,
/// who they say makes the decisions, their own words, and when the next review falls. Never changed once recorded.
/// </summary>
public sealed class PlanReview
{
    public const int NoteMaxLength = PlanContent.TextMaxLength;

    public Id<PlanReview> Id { get; private set; }
    public Id<Plan> PlanId { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public Id<Member> PersonId { get; private set; }

    /// <summary>The approved version the review looked back on.</summary>
    public int VersionNumber { get; private set; }

    public LocalDate HeldOn { get; private set; }
    public LocalDate NextReviewOn { get; private set; }
    public ControlRating Rating { get; private set; }
    public DecisionMaker Decides { get; private set; }
    public string? InTheirWords { get; private set; }
    public IReadOnlyList<OutcomeReview> Outcomes { get; private set; } = [];
    public Id<Member> RecordedBy { get; private set; }
    public Instant RecordedAt { get; private set; }

    private PlanReview()
    {
    }

    /// <summary>
    /// Reviews the plan's approved version (<paramref name="approved"/> is null when none was ever approved). Every
    /// outcome of that version gets its progress, once; it took place by today; the next review comes after it.
    /// </summary>
    public static PlanReview Record(Plan plan, PlanVersion? approved, IReadOnlyList<OutcomeReview>? outcomes, ControlRating rating, DecisionMaker decides,
        string? inTheirWords, LocalDate heldOn, LocalDate nextReviewOn, Id<Member> by, LocalDate today, Instant now)
    {
        if (approved is null || approved.Status != PlanStatus.Approved || approved.PlanId != plan.Id)
            throw new DomainException(new NoApprovedPlan());
        if (!Enum.IsDefined(decides))
            throw new DomainException(new ValidationFailed("decides", "is not one of THEMSELVES, KEY_WORKER or OTHERS"));
        if (heldOn > today)
            throw new DomainException(new ValidationFailed("heldOn", "must not be in the future"));
        if (nextReviewOn <= heldOn)
            throw new DomainException(new ValidationFailed("nextReviewOn", $"must be after this review, {FlexiText.Date(heldOn)}"));
        var keys = approved.Content.Outcomes.Select(o => o.Key).ToList();
        var given = outcomes ?? [];
        var reviewed = new List<OutcomeReview>();
        for (var i = 0; i < given.Count; i++)
        {
            var key = keys.FirstOrDefault(k => string.Equals(k, given[i].OutcomeKey?.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new DomainException(new ValidationFailed($"outcomes[{i}].outcome", $"names no outcome of the approved plan (\"{given[i].OutcomeKey}\")"));
            if (reviewed.Any(r => r.OutcomeKey == key))
                throw new DomainException(new ValidationFailed($"outcomes[{i}].outcome", $"\"{key}\" is reviewed twice"));
            if (!Enum.IsDefined(given[i].Progress))
                throw new DomainException(new ValidationFailed($"outcomes[{i}].progress", "is not a progress the review knows"));
            reviewed.Add(new OutcomeReview(key, given[i].Progress, Text.Optional(given[i].Note, $"outcomes[{i}].note", NoteMaxLength)));
        }
        if (keys.FirstOrDefault(k => reviewed.All(r => r.OutcomeKey != k)) is { } missing)
            throw new DomainException(new ValidationFailed("outcomes", $"says nothing about the outcome \"{missing}\""));
        return new PlanReview
        {
            Id = Id<PlanReview>.New(),
            PlanId = plan.Id,
            OrganisationId = plan.OrganisationId,
            PersonId = plan.PersonId,
            VersionNumber = approved.Number,
            HeldOn = heldOn,
            NextReviewOn = nextReviewOn,
            Rating = rating,
            Decides = decides,
            InTheirWords = Text.Optional(inTheirWords, "inTheirWords", NoteMaxLength),
            Outcomes = [.. keys.Select(k => reviewed.Single(r => r.OutcomeKey == k))],
            RecordedBy = by,
            RecordedAt = now,
        };
    }

    /// <summary>When a plan is next reviewed: the date its latest review set, or else the review date its approved version gives.</summary>
    public static LocalDate NextDue(PlanContent approved, LocalDate? latestReviewSet) => latestReviewSet ?? approved.ReviewOn;
}
