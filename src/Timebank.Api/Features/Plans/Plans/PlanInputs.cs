using GraphQL.Types;
using NodaTime;
using Timebank.Domain.Plans.Plans;

namespace Timebank.Api.Features.Plans.Plans;

public sealed record OutcomeInput(string Key, string InTheirWords, long WeeklyMinutes, long WeeklyPence);

public sealed record ActionInput(string What, string Owner, LocalDate By, string Outcome);

public sealed record SupportPersonInput(string Name, string Relationship);

public sealed record RiskDecisionInput(string Decision, string AgreedBy, string Why);

public sealed record PlanContentInput(
    List<OutcomeInput> Outcomes, List<string>? Working, List<string>? NotWorking, List<ActionInput>? Actions,
    List<SupportPersonInput>? CircleOfSupport, PlanFormat? Format, LocalDate StartsOn, LocalDate EndsOn, LocalDate ReviewOn,
    List<RiskDecisionInput>? RiskDecisions, CostedBudgetInput? Budget = null)
{
    public PlanContent ToContent() => PlanContent.Create(
        [.. Outcomes.Select(o => new PlannedOutcome(o.Key, o.InTheirWords, o.WeeklyMinutes, o.WeeklyPence))], Working, NotWorking,
        Actions?.Select(a => new PlanAction(a.What, a.Owner, a.By, a.Outcome)).ToList(),
        CircleOfSupport?.Select(p => new SupportPerson(p.Name, p.Relationship)).ToList(), Format ?? PlanFormat.Standard,
        StartsOn, EndsOn, ReviewOn, RiskDecisions?.Select(r => new RiskDecision(r.Decision, r.AgreedBy, r.Why)).ToList(),
        Budget?.ToBudget());
}

public sealed record DraftPlanInput(string OrganisationId, string? PersonId, PlanContentInput Content, string? PlanningSessionId = null);

public sealed record UpdatePlanInput(string PlanId, PlanContentInput Content);

public sealed record SubmitPlanInput(string PlanId);

public sealed record AppointPlanAppointeeInput(string PlanId, string? AppointeeId);

public sealed record DecidePlanInput(string PlanId, bool Approve, string? Comment);

public sealed record PanelSeatInput(string MemberId, string Role, bool? Observer);

public sealed record SetPlanSignOffInput(string OrganisationId, SignOffMode Mode, string? CommissioningOrganisationId, List<PanelSeatInput>? Panel, int? Quorum);

public sealed class PlanFormatType : EnumerationGraphType<PlanFormat>
{
    public PlanFormatType() => Name = "PlanFormat";
}

public sealed class SignOffModeType : EnumerationGraphType<SignOffMode>
{
    public SignOffModeType() => Name = "SignOffMode";
}

public sealed class PlanStatusType : EnumerationGraphType<PlanStatus>
{
    public PlanStatusType() => Name = "PlanStatus";
}
