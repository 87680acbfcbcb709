using Timebank.Web.GraphQL;
using Timebank.Web.Pages.Timebanks;

namespace Timebank.Web.Pages.Courses;

/// <summary>What the training, cohort and register operations answer, as the course pages read them.</summary>
public sealed record TrainingData(TrainingOrganisation? Organisation, Connection<CourseSummary> Courses);

public sealed record TrainingOrganisation(string Id, string Name, string Kind, string TimeZone, ViewerRoles? ViewerMembership)
{
    public bool Organises => ViewerMembership?.Roles.Contains("ORGANISER") == true;

    public bool Mentors => ViewerMembership?.Roles.Any(r => r is "MENTOR" or "ORGANISER") == true;
}

public sealed record CourseSummary(string Id, string Title, string? Grants, string Enrolment);

public sealed record CohortSummary(string Id, string Phase, string? StartsAt, string? EndsAt, int Capacity, CourseRef Course, CohortCounts Counts);

public sealed record CourseRef(string Id, string Title, string? Grants = null, OrganisationRef? Organisation = null);

public sealed record CohortCounts(int Enrolled, int Waiting, int Completed, int Withdrawn, int? CompletionRate);

public sealed record CohortView(
    string Id, int Capacity, string Phase, string TimeZone, string? StartsAt, string? EndsAt, CourseRef Course, CohortCounts Counts,
    IReadOnlyList<SessionView> Sessions, EnrolmentPage? Enrolments);

public sealed record SessionView(string Id, string Title, string Start, int Minutes, string Status, SessionTally? Attendance = null);

public sealed record SessionTally(int Present, int Late, int Excused, int Absent, int Supporters);

public sealed record EnrolmentPage(int TotalCount, IReadOnlyList<EnrolmentView> Nodes);

public sealed record EnrolmentView(string Id, string Status, int? WaitListPosition, string? PromotedAt, string? Supporter, MemberRef Member)
{
    /// <summary>Enrolled and completed people hold a place, so they are on every register.</summary>
    public bool HoldsPlace => Status is "ENROLLED" or "COMPLETED";
}

public sealed record RegisterCohort(string Id, string TimeZone, CourseRef Course, IReadOnlyList<RegisterSession> Sessions, EnrolmentPage? Enrolments);

public sealed record RegisterSession(string Id, string Title, string Start, int Minutes, string Status, IReadOnlyList<RegisterLine>? Register);

public sealed record RegisterLine(MemberId Member, string Status, bool WithSupporter);

public sealed record MemberId(string Id);

public sealed record EnrolmentPayload(IReadOnlyList<UserError> Errors) : IPayload;
