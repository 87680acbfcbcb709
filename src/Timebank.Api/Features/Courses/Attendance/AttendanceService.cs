using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Courses.Cohorts;
using Timebank.Api.Features.Courses.Hours;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;

namespace Timebank.Api.Features.Courses.Attendance;

/// <summary>
/// Registers, and the facilitators' hours for a delivered session. A register taken once the session has ended banks
/// the hours first: a refusal then leaves the register untaken, and a retry after a lost reply pays nothing twice.
/// </summary>
public sealed class AttendanceService(IDbContextFactory<TimebankDbContext> databases, CourseAccess access, CourseHoursLedger hours, IClock clock)
{
    public Task<Cohort> RecordAsync(RecordAttendanceInput input, CancellationToken cancellationToken)
        => access.SaveWithRetryAsync(async db =>
        {
            var (cohort, course, session) = await CohortStore.BySessionAsync(db, input.SessionId, "sessionId", cancellationToken);
            var entries = input.Entries ?? [];
            var people = entries.Count == 0 ? [] : await access.PeopleAsync([.. entries.Select(e => (string?)e.MemberId)], "entries", cancellationToken);
            var now = clock.GetCurrentInstant();
            cohort.RecordAttendance(await access.ActorAsync(cohort.OrganisationId), session, [.. people.Select((p, i) => new AttendanceEntry(p, entries[i].Status, entries[i].WithSupporter ?? false))], now);
            if (cohort.Session(session).HasEnded(now))
                await BankAsync(course, cohort, session, now, cancellationToken);
            CourseAccess.Touch(db, cohort);
            return cohort;
        }, cancellationToken);

    /// <summary>Banks a delivered session's hours for its facilitators (organisers and the facilitators themselves may ask); asking again moves nothing more.</summary>
    public async Task<Cohort> BankSessionHoursAsync(BankSessionHoursInput input, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (cohort, course, session) = await CohortStore.BySessionAsync(db, input.SessionId, "sessionId", cancellationToken);
        var actor = await access.ActorAsync(cohort.OrganisationId);
        if (!actor.Organises(cohort.OrganisationId) && !cohort.Facilitates(actor.Member))
            throw new DomainException(new NotAllowed("Only the cohort's facilitators or an organiser can bank its session hours."));
        await BankAsync(course, cohort, session, clock.GetCurrentInstant(), cancellationToken);
        return cohort;
    }

    private async Task BankAsync(Course course, Cohort cohort, Id<CohortSession> session, Instant now, CancellationToken cancellationToken)
    {
        var owed = TeachingHours.ForSession(course, cohort, session, now);
        if (owed.Count == 0)
            return;
        var people = await access.PeopleAsync([.. owed.Select(h => (string?)Platform.GraphQL.Relay.GlobalId.Encode("Member", h.Giver.Value))], "facilitators", cancellationToken);
        for (var i = 0; i < owed.Count; i++)
            await hours.BankAsync(owed[i], people[i].Name, CourseHoursLedger.TeachingCode, cancellationToken);
    }
}
