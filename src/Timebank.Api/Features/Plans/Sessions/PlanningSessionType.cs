using GraphQL;
using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Features.Plans.Plans;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Plans;
using Timebank.Domain.Plans.Sessions;

namespace Timebank.Api.Features.Plans.Sessions;

/// <summary>
/// A Planning Live session. Its lists are bounded by the session's own limits (10 people planning, their allies, a
/// few sittings) and come with its row, so each counts once towards complexity.
/// </summary>
public sealed class PlanningSessionType : NodeType<PlanningSession>
{
    public PlanningSessionType()
        : base(PlanningSessionService.TypeName, s => s.Id.Value)
    {
        Field<NonNullGraphType<OrganisationType>>("organisation").Resolve(c => c.Service<ByIdLoader<Organisation>>().Load(c.Source.OrganisationId));
        Field(s => s.Title);
        Field(s => s.Place);
        Field(s => s.Capacity).Description("How many people plan in it; allies are not counted.");
        Field<NonNullGraphType<IntGraphType>>("placesLeft").Resolve(c => c.Source.Capacity - c.Source.Attendees.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanningSittingType>>>>("sittings").WithComplexityImpact(1, 1)
            .Resolve(c => c.Source.Sittings.Select(s => new SittingView(c.Source, s)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanningFacilitatorType>>>>("facilitators").WithComplexityImpact(1, 1).Resolve(c => c.Source.Facilitators);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanningAttendeeType>>>>("attendees").Description("The people planning, with the allies each brings.").WithComplexityImpact(1, 1)
            .Resolve(c => c.Source.Attendees.Select(a => new AttendeeView(c.Source, a)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanType>>>>("plans")
            .Description("Plans drafted in the session, each only to those who may see that plan.").WithComplexityImpact(1, 1)
            .Resolve(c =>
            {
                var readers = c.Service<PlanReaders>();
                return c.Service<SessionPlansLoader>().Load(c.Source.Id).Then(async rows =>
                {
                    var visible = new List<Plan>();
                    foreach (var row in rows ?? [])
                    {
                        if (await readers.MayReadAsync(row.Plan, row.Version))
                            visible.Add(row.Plan);
                    }
                    return (IReadOnlyList<Plan>)visible;
                });
            });
        Field(s => s.ScheduledAt);
    }
}

public sealed record SittingView(PlanningSession Session, Sitting Sitting);

public sealed record AttendeeView(PlanningSession Session, SessionAttendee Attendee);

public sealed class PlanningSittingType : ObjectGraphType<SittingView>
{
    public PlanningSittingType()
    {
        Name = "PlanningSitting";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(PlanningSessionService.SittingTypeName, c.Source.Sitting.Id));
        Field<NonNullGraphType<InstantGraphType>>("start").Resolve(c => c.Source.Sitting.Start);
        Field<NonNullGraphType<InstantGraphType>>("end").Resolve(c => c.Source.Sitting.End);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanningAttendanceType>>>>("attendance").Description("As last recorded, for each person planning recorded.").WithComplexityImpact(1, 1)
            .Resolve(c => c.Source.Session.Attendance.Where(a => a.SittingId == c.Source.Sitting.Id).ToList());
    }
}

public sealed class PlanningAttendanceType : ObjectGraphType<SittingAttendance>
{
    public PlanningAttendanceType()
    {
        Name = "PlanningAttendance";
        Field<NonNullGraphType<MemberType>>("person").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.Person));
        Field(a => a.Present);
        Field(a => a.At);
    }
}

public sealed class PlanningFacilitatorType : ObjectGraphType<Id<Member>>
{
    public PlanningFacilitatorType()
    {
        Name = "PlanningFacilitator";
        Field<NonNullGraphType<MemberType>>("member").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source));
        Field<NonNullGraphType<BooleanGraphType>>("supportPlanningChampion").Description("Whether they hold a support planning champion accreditation.")
            .Resolve(c => c.Service<ChampionsLoader>().Load(c.Source).Select(held => held is not null));
    }
}

public sealed class PlanningAttendeeType : ObjectGraphType<AttendeeView>
{
    public PlanningAttendeeType()
    {
        Name = "PlanningAttendee";
        Field<NonNullGraphType<MemberType>>("person").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.Attendee.Person));
        Field<NonNullGraphType<InstantGraphType>>("invitedAt").Resolve(c => c.Source.Attendee.At);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanningAllyType>>>>("allies").WithComplexityImpact(1, 1)
            .Resolve(c => c.Source.Session.Allies.Where(a => a.Of == c.Source.Attendee.Person).ToList());
    }
}

public sealed class PlanningAllyType : ObjectGraphType<SessionAlly>
{
    public PlanningAllyType()
    {
        Name = "PlanningAlly";
        Field<MemberType>("member").Description("When the ally is a member.").Resolve(c => c.Source.Member is { } m ? c.Service<ByIdLoader<Member>>().Load(m) : null);
        Field<NonNullGraphType<StringGraphType>>("name").Description("As given, or the member's name.")
            .Resolve(c => c.Source.Name is { } name ? name : c.Service<ByIdLoader<Member>>().Load(c.Source.Member!.Value).Select(m => m?.DisplayName.Value ?? "A member"));
        Field(a => a.Relationship);
    }
}

public sealed class PlanningSessionNodeSource : INodeSource
{
    public string TypeName => PlanningSessionService.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context) => await PlanningSessionQueries.VisibleAsync(context, Id<PlanningSession>.From(id));
}
