using NodaTime;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Courses;

/// <summary>How people get a place: enrol themselves, or apply and wait for an organiser's decision.</summary>
public enum EnrolmentMode
{
    Open = 1,
    Applications = 2,
}

/// <summary>
/// A course a training organisation or user-led group runs in cohorts: its modules in order, the accreditation it
/// grants, the formats of its materials, the rule for completing it, and who may facilitate it.
/// </summary>
public sealed class Course
{
    public const int TitleMaxLength = 120;
    public const int DescriptionMaxLength = 4000;
    public const int MaxModules = 40;

    private readonly List<CourseModule> _modules = [];

    public Id<Course> Id { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public string Title { get; private set; } = string.Empty;
    public string? Description { get; private set; }
    public IReadOnlyList<CourseModule> Modules => _modules;
    // Grants and Rule are set by Apply when a course is created, and by the store when it is loaded.
    public AccreditationKind Grants { get; private set; } = null!;

    /// <summary>An accreditation every facilitator must hold, e.g. champions facilitating an enabler course; null when none.</summary>
    public AccreditationKind? FacilitatorsMustHold { get; private set; }

    public MaterialFormats Formats { get; private set; }
    public CompletionRule Rule { get; private set; } = null!;
    public EnrolmentMode Enrolment { get; private set; }

    /// <summary>The timebank where volunteer facilitators bank their session hours; null when the course banks none.</summary>
    public Id<Organisation>? HoursTimebankId { get; private set; }

    public Id<Member> CreatedBy { get; private set; }
    public Instant CreatedAt { get; private set; }
    public Instant UpdatedAt { get; private set; }

    /// <summary>Title and description in lower case, so text search is the same on every store.</summary>
    public string SearchText { get; private set; } = string.Empty;

    private Course(Id<Course> id, Id<Organisation> organisationId, Id<Member> createdBy, Instant createdAt)
    {
        Id = id;
        OrganisationId = organisationId;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public static Course Create(Organisation organisation, Actor actor, CourseDetails details, Instant now)
    {
        if (organisation.Kind is not (OrganisationKind.Training or OrganisationKind.UserLedGroup))
            throw new DomainException(new NotAllowed("Courses are run by training organisations and user-led groups."));
        actor.RequireOrganiser(organisation.Id, "create a course");
        var checkedDetails = Checked(details, existing: [], modulesInUse: new HashSet<Id<CourseModule>>());
        var course = new Course(Id<Course>.New(), organisation.Id, actor.Member, now);
        course.Apply(checkedDetails, now);
        return course;
    }

    /// <summary>Replaces the details; a module that scheduled sessions cover cannot be removed.</summary>
    public void Update(Actor actor, CourseDetails details, IReadOnlySet<Id<CourseModule>> modulesInUse, Instant now)
    {
        actor.RequireOrganiser(OrganisationId, "change this course");
        Apply(Checked(details, _modules, modulesInUse), now);
    }

    public CourseModule? Module(Id<CourseModule> id) => _modules.Find(m => m.Id == id);

    private void Apply(CheckedDetails details, Instant now)
    {
        Title = details.Title;
        Description = details.Description;
        // A kept module stays the same object, so a store tracking it sees an update rather than a delete and an insert.
        var revised = details.Modules.Select(m => Module(m.Id)?.Revise(m) ?? m).ToList();
        _modules.Clear();
        _modules.AddRange(revised);
        Grants = details.Source.Grants;
        FacilitatorsMustHold = details.Source.FacilitatorsMustHold;
        Formats = details.Source.Formats;
        Rule = details.Source.Rule;
        Enrolment = details.Source.Enrolment;
        HoursTimebankId = details.Source.HoursTimebank;
        UpdatedAt = now;
        SearchText = $"{Title} {Description}".Trim().ToLowerInvariant();
    }

    private sealed record CheckedDetails(string Title, string? Description, IReadOnlyList<CourseModule> Modules, CourseDetails Source);

    /// <summary>Every check, before anything on the course changes.</summary>
    private static CheckedDetails Checked(CourseDetails details, IReadOnlyList<CourseModule> existing, IReadOnlySet<Id<CourseModule>> modulesInUse)
    {
        Guard.NotNull(details);
        var title = Text.Required(details.Title, "title", TitleMaxLength);
        var description = Text.Optional(details.Description, "description", DescriptionMaxLength);
        var drafts = Guard.NotNull(details.Modules);
        if (drafts.Count is 0 or > MaxModules)
            throw new DomainException(new ValidationFailed("modules", $"must list 1 to {MaxModules} modules"));
        var kept = drafts.Where(d => d.Existing is not null).Select(d => d.Existing!.Value).ToList();
        if (kept.Distinct().Count() != kept.Count || kept.Any(id => existing.All(m => m.Id != id)))
            throw new DomainException(new ValidationFailed("modules", "names a module this course does not have, or one module twice"));
        var modules = drafts.Select((draft, index) => CourseModule.From(draft, index + 1)).ToList();
        var removedInUse = existing.FirstOrDefault(m => modulesInUse.Contains(m.Id) && !kept.Contains(m.Id));
        if (removedInUse is not null)
            throw new DomainException(new ModuleInUse(removedInUse.Title));
        Guard.NotNull(details.Grants);
        Guard.NotNull(details.Rule);
        details.Formats.Validated();
        if (!Enum.IsDefined(details.Enrolment))
            throw new DomainException(new ValidationFailed("enrolment", "must be OPEN or APPLICATIONS"));
        return new CheckedDetails(title, description, modules, details);
    }
}

/// <summary>A course as an organiser writes it, for creating or updating.</summary>
public sealed record CourseDetails(
    string? Title,
    string? Description,
    IReadOnlyList<ModuleDraft> Modules,
    AccreditationKind Grants,
    CompletionRule Rule,
    MaterialFormats Formats = MaterialFormats.StandardPrint,
    AccreditationKind? FacilitatorsMustHold = null,
    EnrolmentMode Enrolment = EnrolmentMode.Open,
    Id<Organisation>? HoursTimebank = null);
