using NodaTime;

namespace Timebank.Api.Features.Plans.Sessions;

public sealed record SittingInput(Instant Start, Instant End);

public sealed record SchedulePlanningSessionInput(string OrganisationId, string Title, string Place, List<SittingInput> Sittings, int Capacity, List<string> FacilitatorIds);

public sealed record InvitePlanningSessionAttendeeInput(string SessionId, string? PersonId);

public sealed record InviteAllyInput(string SessionId, string? PersonId, string? MemberId, string? Name, string Relationship);

public sealed record AttendanceMarkInput(string PersonId, bool Present);

public sealed record RecordPlanningAttendanceInput(string SessionId, string SittingId, List<AttendanceMarkInput> Marks);
