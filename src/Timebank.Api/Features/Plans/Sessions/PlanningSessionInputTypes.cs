using GraphQL.Types;
using Timebank.Domain.Plans.Sessions;

namespace Timebank.Api.Features.Plans.Sessions;

public sealed class SittingInputType : InputObjectGraphType<SittingInput>
{
    public SittingInputType()
    {
        Name = "PlanningSittingInput";
        Field(i => i.Start);
        Field(i => i.End).Description($"From {Sitting.MinMinutes} minutes to {Sitting.MaxMinutes / 60} hours after the start.");
    }
}

public sealed class SchedulePlanningSessionInputType : InputObjectGraphType<SchedulePlanningSessionInput>
{
    public SchedulePlanningSessionInputType()
    {
        Name = "SchedulePlanningSessionInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("The council, user-led group or provider running it.");
        Field(i => i.Title);
        Field(i => i.Place);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SittingInputType>>>>("sittings").Description($"One or more afternoons or days (up to {PlanningSession.MaxSittings}), not overlapping.");
        Field(i => i.Capacity).Description($"How many people plan in it, {PlanningSession.MinCapacity} to {PlanningSession.MaxCapacity}; their allies are not counted.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("facilitatorIds").Description($"The members who facilitate it (1 to {PlanningSession.MaxFacilitators}).");
    }
}

public sealed class InvitePlanningSessionAttendeeInputType : InputObjectGraphType<InvitePlanningSessionAttendeeInput>
{
    public InvitePlanningSessionAttendeeInputType()
    {
        Name = "InvitePlanningSessionAttendeeInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
        Field<IdGraphType>("personId").Description("Who plans in it; yourself (joining) when left out. Someone the organisation serves.");
    }
}

public sealed class InviteAllyInputType : InputObjectGraphType<InviteAllyInput>
{
    public InviteAllyInputType()
    {
        Name = "InviteAllyInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
        Field<IdGraphType>("personId").Description("The person planning whose ally this is; yourself when left out.");
        Field<IdGraphType>("memberId").Description("The ally, when they are a member; otherwise give their name.");
        Field(i => i.Name, nullable: true);
        Field(i => i.Relationship).Description("e.g. sister, friend, advocate.");
    }
}

public sealed class AttendanceMarkInputType : InputObjectGraphType<AttendanceMarkInput>
{
    public AttendanceMarkInputType()
    {
        Name = "PlanningAttendanceMarkInput";
        Field<NonNullGraphType<IdGraphType>>("personId");
        Field(i => i.Present);
    }
}

public sealed class RecordPlanningAttendanceInputType : InputObjectGraphType<RecordPlanningAttendanceInput>
{
    public RecordPlanningAttendanceInputType()
    {
        Name = "RecordPlanningAttendanceInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
        Field<NonNullGraphType<IdGraphType>>("sittingId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttendanceMarkInputType>>>>("marks");
    }
}
