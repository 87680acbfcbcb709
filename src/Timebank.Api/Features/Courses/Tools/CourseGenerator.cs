using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Mentoring;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;
using Timebank.Domain.Members;
using Timebank.Domain.Mentoring;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Courses.Tools;

public sealed record GeneratedCourses(string OrganisationId, int Cohorts, int Enrolments, int Pairings, string BenchEmail, string BenchPassword, TimeSpan Elapsed);

/// <summary>
/// <c>generate-courses</c>: one training organisation, organised by a member who can sign in, with cohorts spread over
/// the past and the coming year (so the dashboard has upcoming, running and finished ones), their enrolments,
/// registers and completions for the finished, and mentoring pairings started over the past year (many overdue).
/// Everything passes the domain's own rules, in the organisation's time zone, and is written in tracked batches.
/// </summary>
public sealed class CourseGenerator(IDbContextFactory<TimebankDbContext> databases, IPasswordHasher<Member> hasher, IClock clock)
{
    public const string BenchEmail = "course-bench@timebank.example";
    public const string BenchPassword = "bench password 123";

    private const int CohortsPerCourse = 20;
    private const int SessionsPerCohort = 3;
    private const int CohortsPerBatch = 50;
    private static readonly Cadence[] Rhythms = [Cadence.Weekly, Cadence.Fortnightly, Cadence.Monthly, Cadence.Quarterly];

    public async Task<GeneratedCourses> GenerateAsync(int cohorts, int enrolments, int pairings, int seed, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var random = new Random(seed);
        var now = clock.GetCurrentInstant();
        var zone = Organisation.DefaultTimeZone;
        // Scheduled a year and a bit ago, so every session was in the future when it was planned.
        var planned = now - Duration.FromDays(400);
        var bench = Member.SignUp(EmailAddress.Parse(BenchEmail), DisplayName.Parse("Course bench organiser"), hasher.HashPassword(null!, BenchPassword), planned);
        var (organisation, founding) = Organisation.Create(OrganisationName.Parse($"Training body {seed}"), OrganisationKind.Training, bench.Id, planned);
        founding.Grant(Roles.Organiser, founding);
        var organiser = new Actor(bench.Id, founding);
        var perCohort = Math.Max(1, enrolments / Math.Max(1, cohorts));
        var people = Enumerable.Range(0, Math.Max(perCohort * 5, 2)).Select(i => Member.Assisted(DisplayName.Parse($"Trainee {i:D5}"), planned)).ToList();
        var courses = Enumerable.Range(0, Math.Max(1, (cohorts + CohortsPerCourse - 1) / CohortsPerCourse))
            .Select(c => Course.Create(organisation, organiser, Details(c), planned)).ToList();
        await SaveAsync([bench, organisation, founding, .. people, .. courses], cancellationToken);

        var (made, enrolled) = (0, 0);
        while (made < cohorts)
        {
            var batch = new List<object>();
            for (var i = made; i < Math.Min(cohorts, made + CohortsPerBatch); i++)
            {
                var course = courses[i / CohortsPerCourse];
                // Cohort starts spread from 390 days ago to 100 days ahead: finished, running and upcoming.
                var first = planned + Duration.FromDays(10) + Duration.FromHours(i * 490.0 * 24 / Math.Max(1, cohorts));
                var sessions = Enumerable.Range(0, SessionsPerCohort)
                    .Select(s => new SessionPlan($"Session {s + 1}", first + Duration.FromDays(7 * s), 120, [course.Modules[s % course.Modules.Count].Id])).ToList();
                var cohort = Cohort.Schedule(course, organiser, new CohortPlan(sessions, perCohort + 2, []), [], zone, planned);
                var offset = random.Next(people.Count);
                var taking = Enumerable.Range(0, perCohort).Select(p => people[(offset + p) % people.Count]).Select(m => new Person(m.Id, m.DisplayName.Value)).ToList();
                foreach (var person in taking)
                    cohort.Enrol(course, person, organiser, null, null, planned);
                enrolled += taking.Count;
                var ended = cohort.Sessions.Max(s => s.Start + Duration.FromMinutes(s.Minutes));
                if (ended < now)
                {
                    // Someone misses one session now and then; nobody misses two, so the rule (two sessions) holds for all.
                    foreach (var (session, s) in cohort.Sessions.Select((x, s) => (x, s)))
                        cohort.RecordAttendance(organiser, session.Id, [.. taking.Select((p, n) => new AttendanceEntry(p, (n + s) % 7 == 0 ? AttendanceStatus.Absent : AttendanceStatus.Present))], ended);
                    batch.AddRange(taking.Where((_, n) => n % 5 != 0).Select(p => cohort.Complete(course, organiser, p, new HashSet<Id<CourseModule>>(), ended)));
                }
                batch.Add(cohort);
            }
            made = Math.Min(cohorts, made + CohortsPerBatch);
            await SaveAsync(batch, cancellationToken);
        }

        var today = now.InZone(zone).Date;
        for (var done = 0; done < pairings; done += 1_000)
        {
            var batch = new List<object>();
            for (var i = done; i < Math.Min(pairings, done + 1_000); i++)
            {
                var (mentor, mentee) = (people[random.Next(people.Count)], people[random.Next(people.Count)]);
                if (mentor.Id == mentee.Id)
                    mentee = people[(people.IndexOf(mentor) + 1) % people.Count];
                var pairing = MentoringPairing.Pair(organisation.Id, organiser, new Person(mentor.Id, mentor.DisplayName.Value), [new Person(mentee.Id, mentee.DisplayName.Value)],
                    null, Rhythms[i % Rhythms.Length], today.PlusDays(-random.Next(0, 365)), null, now);
                batch.Add(pairing);
                batch.AddRange(new[] { mentor.Id, mentee.Id }.Select(m => new PairingMember(pairing.Id, m)));
            }
            await SaveAsync(batch, cancellationToken);
        }
        return new GeneratedCourses(GlobalId.Encode("Organisation", organisation.Id.Value), cohorts, enrolled, pairings, BenchEmail, BenchPassword, started.Elapsed);
    }

    private static CourseDetails Details(int course) => new(
        $"Generated course {course + 1}", "Generated for the courses bench.",
        [.. Enumerable.Range(1, SessionsPerCohort).Select(m => new ModuleDraft($"Module {m}", 120))],
        course % 3 == 0 ? AccreditationKind.PeerBroker : course % 3 == 1 ? AccreditationKind.SupportPlanningChampion : AccreditationKind.Enabler,
        CompletionRule.Of(RuleCombination.All, [CompletionCriterion.SessionsAttended(2)]), MaterialFormats.StandardPrint, null, EnrolmentMode.Open, null);

    private async Task SaveAsync(IEnumerable<object> rows, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
    }
}
