using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.Caching;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Courses;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Courses.Courses;

/// <summary>Creating and changing courses, and applications to them. The rules are the domain's (<see cref="Course"/>, <see cref="CourseApplication"/>).</summary>
public sealed class CourseService(IDbContextFactory<TimebankDbContext> databases, CourseAccess access, IClock clock, LookupCache cache)
{
    public const string TypeName = "Course";

    public async Task<Course> CreateAsync(CreateCourseInput input, CancellationToken cancellationToken)
    {
        var organisationId = GlobalId.Parse<Organisation>(input.OrganisationId, OrganisationType.TypeName, "organisationId");
        var actor = await access.ActorAsync(organisationId);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        // Someone outside the organisation learns nothing about it, not even that it exists.
        var organisation = actor.Membership is { IsActive: true }
            ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
            : null;
        if (organisation is null)
            throw new DomainException(new NotFound("organisation", input.OrganisationId));
        var course = Course.Create(organisation, actor, await DetailsAsync(db, input.Course, cancellationToken), clock.GetCurrentInstant());
        db.Add(course);
        await db.SaveChangesAsync(cancellationToken);
        return course;
    }

    public async Task<Course> UpdateAsync(UpdateCourseInput input, CancellationToken cancellationToken)
    {
        var updated = await access.SaveWithRetryAsync(async db =>
        {
            var course = await TrackedAsync(db, input.CourseId, "courseId", cancellationToken);
            var actor = await access.ActorAsync(course.OrganisationId);
            var id = course.Id;
            var covered = await db.Set<CohortSession>().AsNoTracking()
                .Where(s => db.Set<Cohort>().Any(c => c.Id == s.CohortId && c.CourseId == id) && s.Status == SessionStatus.Scheduled)
                .ToListAsync(cancellationToken);
            var inUse = covered.SelectMany(s => s.ModuleIds).ToHashSet();
            course.Update(actor, await DetailsAsync(db, input.Course, cancellationToken), inUse, clock.GetCurrentInstant());
            CourseAccess.Touch(db, course);
            return course;
        }, cancellationToken);
        CourseLoader.Forget(cache, updated.Id);
        return updated;
    }

    public async Task<CourseApplication> ApplyAsync(ApplyForCourseInput input, CancellationToken cancellationToken)
    {
        var me = await access.RequireViewerAsync();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var course = await TrackedAsync(db, input.CourseId, "courseId", cancellationToken);
        var courseId = course.Id;
        var earlier = await db.Set<CourseApplication>().AsNoTracking().Where(a => a.CourseId == courseId && a.ApplicantId == me).ToListAsync(cancellationToken);
        var application = CourseApplication.Apply(course, me, input.Statement, earlier, clock.GetCurrentInstant());
        db.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }

    public Task<CourseApplication> DecideAsync(DecideApplicationInput input, CancellationToken cancellationToken)
        => access.SaveWithRetryAsync(async db =>
        {
            var id = GlobalId.Parse<CourseApplication>(input.ApplicationId, "CourseApplication", "applicationId");
            var application = await db.Set<CourseApplication>().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
            // Only the course's organisers learn that an application exists.
            if (application is null || !await access.OrganisesAsync(application.OrganisationId))
                throw new DomainException(new NotFound("application", input.ApplicationId));
            var actor = await access.ActorAsync(application.OrganisationId);
            if (input.Accept)
                application.Accept(actor, input.Note, clock.GetCurrentInstant());
            else
                application.Decline(actor, input.Note, clock.GetCurrentInstant());
            return application;
        }, cancellationToken);

    /// <summary>A course, tracked for a change; any signed-in member may see courses, so a missing one is simply not found.</summary>
    public static async Task<Course> TrackedAsync(TimebankDbContext db, string globalId, string field, CancellationToken cancellationToken)
    {
        var id = GlobalId.Parse<Course>(globalId, TypeName, field);
        return await db.Set<Course>().Include(c => c.Modules).FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new DomainException(new NotFound("course", globalId));
    }

    private static async Task<CourseDetails> DetailsAsync(TimebankDbContext db, CourseInput input, CancellationToken cancellationToken)
    {
        var modules = (input.Modules ?? []).Select((m, i) => new ModuleDraft(m.Title, m.Minutes,
            m.Id is null ? null : GlobalId.Parse<CourseModule>(m.Id, "CourseModule", $"modules[{i}].id"))).ToList();
        var rule = CompletionRule.Of(input.Rule.Combination, (input.Rule.Criteria ?? []).Select(c => c.Kind switch
        {
            CriterionKind.SessionsAttended => CompletionCriterion.SessionsAttended(c.Number ?? 0),
            CriterionKind.ShareOfSessionsAttended => CompletionCriterion.ShareOfSessions(c.Number ?? 0),
            CriterionKind.EveryModuleAttended => CompletionCriterion.EveryModule(),
            _ => CompletionCriterion.OutputRecorded(c.Output),
        }));
        var formats = input.Formats is { Count: > 0 } listed ? listed.Aggregate(MaterialFormats.None, (all, f) => all | f) : MaterialFormats.StandardPrint;
        Id<Organisation>? timebank = null;
        if (input.HoursTimebankId is not null)
        {
            var id = GlobalId.Parse<Organisation>(input.HoursTimebankId, OrganisationType.TypeName, "hoursTimebankId");
            timebank = await db.Organisations.AnyAsync(o => o.Id == id && o.Kind == OrganisationKind.Timebank, cancellationToken)
                ? id
                : throw new DomainException(new ValidationFailed("hoursTimebankId", "is not a timebank"));
        }
        return new CourseDetails(input.Title, input.Description, modules, AccreditationKind.Parse(input.Grants, "grants"), rule, formats,
            input.FacilitatorsMustHold is null ? null : AccreditationKind.Parse(input.FacilitatorsMustHold, "facilitatorsMustHold"),
            input.Enrolment ?? EnrolmentMode.Open, timebank);
    }
}
