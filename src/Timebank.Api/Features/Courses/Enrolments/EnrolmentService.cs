using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Courses.Cohorts;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;

namespace Timebank.Api.Features.Courses.Enrolments;

public sealed record Completed(Enrolment Enrolment, Accreditation Accreditation);

/// <summary>Places, the wait list, withdrawal and completion. The rules are the domain's (<c>Cohort.Enrolments.cs</c>, <c>Cohort.Attendance.cs</c>).</summary>
public sealed class EnrolmentService(CourseAccess access, IClock clock)
{
    public Task<Enrolment> EnrolAsync(EnrolInput input, CancellationToken cancellationToken)
        => access.SaveWithRetryAsync(async db =>
        {
            var (cohort, course) = await CohortStore.LoadAsync(db, input.CohortId, "cohortId", cancellationToken);
            var person = await PersonAsync(input.MemberId, cancellationToken);
            var courseId = course.Id;
            var application = await db.Set<CourseApplication>().AsNoTracking()
                .Where(a => a.CourseId == courseId && a.ApplicantId == person.Id && a.Status == ApplicationStatus.Accepted).FirstOrDefaultAsync(cancellationToken);
            var enrolment = cohort.Enrol(course, person, await access.ActorAsync(cohort.OrganisationId), application, input.Supporter, clock.GetCurrentInstant());
            CourseAccess.Touch(db, cohort);
            return enrolment;
        }, cancellationToken);

    public Task<Enrolment> WithdrawAsync(EnrolmentRefInput input, CancellationToken cancellationToken)
        => access.SaveWithRetryAsync(async db =>
        {
            var (cohort, _) = await CohortStore.LoadAsync(db, input.CohortId, "cohortId", cancellationToken);
            var person = await PersonAsync(input.MemberId, cancellationToken);
            var enrolment = cohort.EnrolmentOf(person.Id);
            cohort.Withdraw(person, await access.ActorAsync(cohort.OrganisationId), clock.GetCurrentInstant());
            CourseAccess.Touch(db, cohort);
            return enrolment!;
        }, cancellationToken);

    /// <summary>Completes an enrolment against the rule, reading modules attended in the course's other cohorts, and stores the accreditation it grants.</summary>
    public Task<Completed> CompleteAsync(EnrolmentRefInput input, CancellationToken cancellationToken)
        => access.SaveWithRetryAsync(async db =>
        {
            var (cohort, course) = await CohortStore.LoadAsync(db, input.CohortId, "cohortId", cancellationToken);
            var person = await PersonAsync(input.MemberId, cancellationToken);
            var elsewhere = await ModulesAttendedElsewhereAsync(db, cohort, person, cancellationToken);
            var accreditation = cohort.Complete(course, await access.ActorAsync(cohort.OrganisationId), person, elsewhere, clock.GetCurrentInstant());
            db.Add(accreditation);
            CourseAccess.Touch(db, cohort);
            return new Completed(cohort.EnrolmentOf(person.Id)!, accreditation);
        }, cancellationToken);

    public Task<Enrolment> RecordOutputAsync(RecordOutputInput input, CancellationToken cancellationToken)
        => access.SaveWithRetryAsync(async db =>
        {
            var (cohort, course) = await CohortStore.LoadAsync(db, input.CohortId, "cohortId", cancellationToken);
            var person = await access.PersonAsync(input.MemberId, "memberId", cancellationToken);
            cohort.RecordOutput(course, await access.ActorAsync(cohort.OrganisationId), person, input.Output, input.Note, clock.GetCurrentInstant());
            db.Entry(cohort.EnrolmentOf(person.Id)!).Property("_outputs").IsModified = true;
            CourseAccess.Touch(db, cohort);
            return cohort.EnrolmentOf(person.Id)!;
        }, cancellationToken);

    private Task<Person> PersonAsync(string? memberId, CancellationToken cancellationToken)
        => memberId is null ? access.SelfAsync(cancellationToken) : access.PersonAsync(memberId, "memberId", cancellationToken);

    private static async Task<IReadOnlySet<Id<CourseModule>>> ModulesAttendedElsewhereAsync(TimebankDbContext db, Cohort cohort, Person person, CancellationToken cancellationToken)
    {
        var (course, here, member) = (cohort.CourseId, cohort.Id, person.Id);
        var sessions = await db.Set<AttendanceMark>().AsNoTracking()
            .Where(m => m.MemberId == member && (m.Status == AttendanceStatus.Present || m.Status == AttendanceStatus.Late))
            .Join(db.Set<CohortSession>().AsNoTracking().Where(s => s.Status == SessionStatus.Scheduled), m => m.SessionId, s => s.Id, (m, s) => s)
            .Where(s => s.CohortId != here && db.Set<Cohort>().Any(c => c.Id == s.CohortId && c.CourseId == course))
            .ToListAsync(cancellationToken);
        return sessions.SelectMany(s => s.ModuleIds).ToHashSet();
    }
}
