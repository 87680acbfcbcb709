using GraphQL.Types;

namespace Timebank.Api.Features.Plans.Plans;

public sealed class OutcomeInputType : InputObjectGraphType<OutcomeInput>
{
    public OutcomeInputType()
    {
        Name = "PlannedOutcomeInput";
        Field(i => i.Key).Description("A short name the plan's actions, purchases and bookings refer to, e.g. music.");
        Field(i => i.InTheirWords).Description("The outcome as the person puts it.");
        Field(i => i.WeeklyMinutes).Description("Support time planned for it each week, in minutes.");
        Field(i => i.WeeklyPence).Description("Cash planned for it each week, in pence.");
    }
}

public sealed class ActionInputType : InputObjectGraphType<ActionInput>
{
    public ActionInputType()
    {
        Name = "PlanActionInput";
        Field(i => i.What);
        Field(i => i.Owner).Description("Who does it, in words (the person, their keyworker, their sister).");
        Field(i => i.By);
        Field(i => i.Outcome).Description("The key of the outcome it serves.");
    }
}

public sealed class SupportPersonInputType : InputObjectGraphType<SupportPersonInput>
{
    public SupportPersonInputType()
    {
        Name = "SupportPersonInput";
        Field(i => i.Name);
        Field(i => i.Relationship);
    }
}

public sealed class RiskDecisionInputType : InputObjectGraphType<RiskDecisionInput>
{
    public RiskDecisionInputType()
    {
        Name = "RiskDecisionInput";
        Field(i => i.Decision);
        Field(i => i.AgreedBy);
        Field(i => i.Why);
    }
}

public sealed class PlanContentInputType : InputObjectGraphType<PlanContentInput>
{
    public PlanContentInputType()
    {
        Name = "PlanContentInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutcomeInputType>>>>("outcomes");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("working").Description("What is working, in the person's words.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("notWorking");
        Field<ListGraphType<NonNullGraphType<ActionInputType>>>("actions");
        Field<ListGraphType<NonNullGraphType<SupportPersonInputType>>>("circleOfSupport");
        Field<PlanFormatType>("format").Description("STANDARD unless the person asks for another.");
        Field(i => i.StartsOn);
        Field(i => i.EndsOn).Description("How long the plan is for.");
        Field(i => i.ReviewOn).Description("When it will be reviewed; while it runs.");
        Field<ListGraphType<NonNullGraphType<RiskDecisionInputType>>>("riskDecisions");
        Field<CostedBudgetInputType>("budget").Description("A personal budget's or direct payment's costed budget, where the plan carries one.");
    }
}

public sealed class DraftPlanInputType : InputObjectGraphType<DraftPlanInput>
{
    public DraftPlanInputType()
    {
        Name = "DraftPlanInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("The provider, council or user-led group that holds the plan.");
        Field<IdGraphType>("personId").Description("Whose plan it is; yourself when left out (staff draft with or for the people they support).");
        Field<NonNullGraphType<PlanContentInputType>>("content");
        Field<IdGraphType>("planningSessionId").Description("The Planning Live session it is drafted in; the person must be planning in it.");
    }
}

public sealed class UpdatePlanInputType : InputObjectGraphType<UpdatePlanInput>
{
    public UpdatePlanInputType()
    {
        Name = "UpdatePlanInput";
        Field<NonNullGraphType<IdGraphType>>("planId");
        Field<NonNullGraphType<PlanContentInputType>>("content").Description("The whole plan as it should now read. After approval this makes the next version.");
    }
}

public sealed class SubmitPlanInputType : InputObjectGraphType<SubmitPlanInput>
{
    public SubmitPlanInputType()
    {
        Name = "SubmitPlanInput";
        Field<NonNullGraphType<IdGraphType>>("planId");
    }
}

public sealed class AppointPlanAppointeeInputType : InputObjectGraphType<AppointPlanAppointeeInput>
{
    public AppointPlanAppointeeInputType()
    {
        Name = "AppointPlanAppointeeInput";
        Field<NonNullGraphType<IdGraphType>>("planId");
        Field<IdGraphType>("appointeeId").Description("Who manages the budget for the person; leave out to end the appointment.");
    }
}

public sealed class DecidePlanInputType : InputObjectGraphType<DecidePlanInput>
{
    public DecidePlanInputType()
    {
        Name = "DecidePlanInput";
        Field<NonNullGraphType<IdGraphType>>("planId");
        Field(i => i.Approve).Description("False sends it back, with the reasons in the comment.");
        Field(i => i.Comment, nullable: true);
    }
}

public sealed class PanelSeatInputType : InputObjectGraphType<PanelSeatInput>
{
    public PanelSeatInputType()
    {
        Name = "PanelSeatInput";
        Field<NonNullGraphType<IdGraphType>>("memberId");
        Field(i => i.Role).Description("e.g. Chair, Finance, Peer representative.");
        Field(i => i.Observer, nullable: true).Description("An observer sees the plans but does not sign.");
    }
}

public sealed class SetPlanSignOffInputType : InputObjectGraphType<SetPlanSignOffInput>
{
    public SetPlanSignOffInputType()
    {
        Name = "SetPlanSignOffInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<NonNullGraphType<SignOffModeType>>("mode");
        Field<IdGraphType>("commissioningOrganisationId").Description("For MANAGER_AND_COMMISSIONER: whose commissioner signs.");
        Field<ListGraphType<NonNullGraphType<PanelSeatInputType>>>("panel").Description("For PANEL: up to 20 named people.");
        Field(i => i.Quorum, nullable: true).Description("For PANEL: how many approvals approve a plan.");
    }
}
