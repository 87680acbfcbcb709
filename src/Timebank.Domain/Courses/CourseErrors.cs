namespace Timebank.Domain.Courses;

public sealed record ModuleInUse(string Title)
    : DomainError("MODULE_IN_USE", $"Module \"{Title}\" is covered by scheduled sessions, so it cannot be removed.");

public sealed record ApplicationRequired(string Name)
    : DomainError("APPLICATION_REQUIRED", $"This course takes applications: {Name} needs an accepted application to enrol.");

public sealed record NotTakingApplications()
    : DomainError("NOT_TAKING_APPLICATIONS", "This course has open enrolment: enrol in a cohort instead of applying.");

public sealed record AlreadyApplied(ApplicationStatus Status)
    : DomainError("ALREADY_APPLIED", Status == ApplicationStatus.Accepted
        ? "Your application to this course has already been accepted."
        : "You have already applied to this course; the organisers will reply.");

public sealed record ApplicationDecided(ApplicationStatus Status)
    : DomainError("APPLICATION_DECIDED", $"This application has already been {Status.ToString().ToLowerInvariant()}.");

public sealed record LocalTimeSkipped(string LocalTime, string Zone)
    : DomainError("LOCAL_TIME_SKIPPED", $"{LocalTime} does not happen in {Zone}: the clocks go forward past it.");

public sealed record LocalTimeAmbiguous(string LocalTime, string Zone)
    : DomainError("LOCAL_TIME_AMBIGUOUS", $"{LocalTime} happens twice in {Zone} as the clocks go back; give the start as an instant.");
