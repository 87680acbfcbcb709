using GraphQL.Types;
using NodaTime;

namespace Timebank.Api.Features.Courses.Cohorts;

public sealed record SessionInput(string Title, Instant Start, int Minutes, List<int>? Modules = null);

public sealed record FacilitatorInput(string MemberId, bool? BanksHours = null);

public sealed record ScheduleCohortInput(string CourseId, int Capacity, List<SessionInput> Sessions, List<FacilitatorInput>? Facilitators = null);

public sealed record RescheduleSessionInput(string SessionId, Instant Start, int Minutes);

public sealed record CancelSessionInput(string SessionId, string? Reason = null);

public sealed record ChangeCapacityInput(string CohortId, int Capacity);

public sealed class SessionInputType : InputObjectGraphType<SessionInput>
{
    public SessionInputType()
    {
        Name = "SessionInput";
        Field(s => s.Title);
        Field(s => s.Start).Description("When it starts; shown in the organisation's time zone.");
        Field(s => s.Minutes).Description("Its length, 15 minutes to 12 hours.");
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("modules").Description("The course modules it covers, by position (1 for the first).");
    }
}

public sealed class FacilitatorInputType : InputObjectGraphType<FacilitatorInput>
{
    public FacilitatorInputType()
    {
        Name = "FacilitatorInput";
        Field<NonNullGraphType<IdGraphType>>("memberId");
        Field(f => f.BanksHours, nullable: true).Description("False for a paid trainer, who banks no hours; true unless given.");
    }
}

public sealed class ScheduleCohortInputType : InputObjectGraphType<ScheduleCohortInput>
{
    public ScheduleCohortInputType()
    {
        Name = "ScheduleCohortInput";
        Field<NonNullGraphType<IdGraphType>>("courseId");
        Field(c => c.Capacity).Description("Places, 1 to 200; a wait list forms beyond them.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SessionInputType>>>>("sessions");
        Field<ListGraphType<NonNullGraphType<FacilitatorInputType>>>("facilitators");
    }
}

public sealed class RescheduleSessionInputType : InputObjectGraphType<RescheduleSessionInput>
{
    public RescheduleSessionInputType()
    {
        Name = "RescheduleSessionInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
        Field(s => s.Start);
        Field(s => s.Minutes);
    }
}

public sealed class CancelSessionInputType : InputObjectGraphType<CancelSessionInput>
{
    public CancelSessionInputType()
    {
        Name = "CancelSessionInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
        Field(s => s.Reason, nullable: true);
    }
}

public sealed class ChangeCapacityInputType : InputObjectGraphType<ChangeCapacityInput>
{
    public ChangeCapacityInputType()
    {
        Name = "ChangeCohortCapacityInput";
        Field<NonNullGraphType<IdGraphType>>("cohortId");
        Field(c => c.Capacity).Description("Never below the people holding a place; places it frees go to the wait list in order.");
    }
}
