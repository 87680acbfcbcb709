using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Domain.Plans.Sessions;

namespace Timebank.Api.Features.Plans.Sessions;

public sealed class PlanningSessionMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Add<SchedulePlanningSessionInputType, SchedulePlanningSessionInput>(mutation, "schedulePlanningSession",
            "Schedules a Planning Live session (the organisation's staff, managers or coordinators): its sittings, places and facilitators.", (s, i, t) => s.ScheduleAsync(i, t));
        Add<InvitePlanningSessionAttendeeInputType, InvitePlanningSessionAttendeeInput>(mutation, "invitePlanningSessionAttendee",
            "Gives someone the organisation serves a place to plan in the session (staff or facilitators), or joins it yourself.", (s, i, t) => s.InviteAsync(i, t));
        Add<InviteAllyInputType, InviteAllyInput>(mutation, "inviteAlly",
            "A person planning brings an ally (a member, or a name), with how they are related; allies take no place.", (s, i, t) => s.InviteAllyAsync(i, t));
        Add<RecordPlanningAttendanceInputType, RecordPlanningAttendanceInput>(mutation, "recordPlanningAttendance",
            "Records who was there for one sitting (staff or facilitators).", (s, i, t) => s.RecordAttendanceAsync(i, t));
    }

    private static void Add<TInputType, TInput>(ObjectGraphType mutation, string name, string description, Func<PlanningSessionService, TInput, CancellationToken, Task<PlanningSession>> run)
        where TInputType : IInputObjectGraphType
        => MutationField.Add<ResultPayloadType<PlanningSession, PlanningSessionType>, TInputType, TInput, PlanningSession>(mutation, name, description,
            (c, input) => run(c.Service<PlanningSessionService>(), input, c.CancellationToken));
}
