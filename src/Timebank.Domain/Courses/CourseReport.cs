using NodaTime;

namespace Timebank.Domain.Courses;

/// <summary>
/// A course across every cohort: how many runs (cohorts that have started), how many upcoming, and how many different
/// people held a place, completed, and hold the course's accreditation from it. People are counted once however many
/// cohorts they joined (someone catching up a module in a later run is one person trained, not two).
/// </summary>
public sealed record CourseReport(Id<Course> CourseId, int Runs, int Upcoming, int PeopleEnrolled, int PeopleCompleted, int PeopleAccredited)
{
    public CompletionRate CompletionRate => new(PeopleCompleted, PeopleEnrolled);

    public static CourseReport Of(Course course, IEnumerable<Cohort> cohorts, IEnumerable<Accreditation> accreditations, Instant now)
    {
        Guard.NotNull(course);
        var own = Guard.NotNull(cohorts).Where(c => c.CourseId == course.Id).ToList();
        var phases = own.Select(c => c.PhaseAt(now)).ToList();
        var enrolments = own.SelectMany(c => c.Enrolments).ToList();
        var accredited = Guard.NotNull(accreditations)
            .Where(a => a.CourseId == course.Id && a.Kind == course.Grants)
            .Select(a => a.MemberId)
            .Distinct()
            .Count();
        return new CourseReport(
            course.Id,
            phases.Count(p => p is CohortPhase.Running or CohortPhase.Finished),
            phases.Count(p => p == CohortPhase.Upcoming),
            enrolments.Where(e => e.HoldsPlace).Select(e => e.MemberId).Distinct().Count(),
            enrolments.Where(e => e.Status == EnrolmentStatus.Completed).Select(e => e.MemberId).Distinct().Count(),
            accredited);
    }
}
