namespace Timebank.Domain.Courses;

public enum CriterionKind
{
    /// <summary>At least a number of the cohort's sessions attended.</summary>
    SessionsAttended = 1,

    /// <summary>At least a share (per cent) of the sessions expected of the person attended.</summary>
    ShareOfSessionsAttended = 2,

    /// <summary>Every module of the course attended at least once, in any cohort of the course.</summary>
    EveryModuleAttended = 3,

    /// <summary>An output recorded for the person by an organiser or facilitator, e.g. "a support plan for each person".</summary>
    OutputRecorded = 4,
}

/// <summary>One thing a participant must have done to complete a course, as in Moodle's course completion criteria.</summary>
public sealed class CompletionCriterion
{
    public const int MaxSessions = Cohort.MaxSessions;
    public const int OutputMaxLength = 200;

    public CriterionKind Kind { get; private set; }

    /// <summary>Sessions for <see cref="CriterionKind.SessionsAttended"/>, per cent for <see cref="CriterionKind.ShareOfSessionsAttended"/>.</summary>
    public int? Number { get; private set; }

    /// <summary>What must be recorded, for <see cref="CriterionKind.OutputRecorded"/>.</summary>
    public string? Output { get; private set; }

    private CompletionCriterion(CriterionKind kind, int? number, string? output)
    {
        Kind = kind;
        Number = number;
        Output = output;
    }

    public static CompletionCriterion SessionsAttended(int sessions)
        => sessions is >= 1 and <= MaxSessions
            ? new(CriterionKind.SessionsAttended, sessions, null)
            : throw new DomainException(new ValidationFailed("rule.sessions", $"must be between 1 and {MaxSessions}"));

    public static CompletionCriterion ShareOfSessions(int percent)
        => percent is >= 1 and <= 100
            ? new(CriterionKind.ShareOfSessionsAttended, percent, null)
            : throw new DomainException(new ValidationFailed("rule.percent", "must be between 1 and 100"));

    public static CompletionCriterion EveryModule() => new(CriterionKind.EveryModuleAttended, null, null);

    public static CompletionCriterion OutputRecorded(string? output)
        => new(CriterionKind.OutputRecorded, null, Text.Required(output, "rule.output", OutputMaxLength));

    /// <summary>The criterion as a requirement in plain words.</summary>
    public string Describe() => Kind switch
    {
        CriterionKind.SessionsAttended => Number == 1 ? "attend at least 1 session" : $"attend at least {Number} sessions",
        CriterionKind.ShareOfSessionsAttended => $"attend at least {Number}% of the sessions expected of them",
        CriterionKind.EveryModuleAttended => "attend every module at least once, in this or another cohort of the course",
        _ => $"have \"{Output}\" recorded",
    };
}
