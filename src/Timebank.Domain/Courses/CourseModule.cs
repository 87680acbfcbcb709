namespace Timebank.Domain.Courses;

/// <summary>One module of a course: its place in the order, its title and how long it takes.</summary>
public sealed class CourseModule
{
    public const int TitleMaxLength = 120;
    public const int MinMinutes = 5;
    public const int MaxMinutes = 8 * 60;

    public Id<CourseModule> Id { get; private set; }

    /// <summary>1 for the first module; the order the course teaches them in.</summary>
    public int Position { get; private set; }

    public string Title { get; private set; }
    public int Minutes { get; private set; }

    private CourseModule(Id<CourseModule> id, int position, string title, int minutes)
    {
        Id = id;
        Position = position;
        Title = title;
        Minutes = minutes;
    }

    internal CourseModule Revise(CourseModule revision)
    {
        (Position, Title, Minutes) = (revision.Position, revision.Title, revision.Minutes);
        return this;
    }

    /// <summary>Checks a module as drafted; a draft naming an existing module keeps that module's id.</summary>
    internal static CourseModule From(ModuleDraft draft, int position)
    {
        var field = $"modules[{position - 1}]";
        var title = Text.Required(draft.Title, $"{field}.title", TitleMaxLength);
        if (draft.Minutes is < MinMinutes or > MaxMinutes)
            throw new DomainException(new ValidationFailed($"{field}.minutes",
                $"must be between {Wording.HoursAndMinutes(MinMinutes)} and {Wording.HoursAndMinutes(MaxMinutes)}"));
        return new CourseModule(draft.Existing ?? Id<CourseModule>.New(), position, title, draft.Minutes);
    }
}

/// <summary>A module as an organiser writes it; <see cref="Existing"/> names a module being kept when a course is updated.</summary>
public sealed record ModuleDraft(string? Title, int Minutes, Id<CourseModule>? Existing = null);
