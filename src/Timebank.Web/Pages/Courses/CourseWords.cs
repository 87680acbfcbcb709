namespace Timebank.Web.Pages.Courses;

/// <summary>The API's course values in the words people use.</summary>
public static class CourseWords
{
    public static readonly IReadOnlyList<(string Value, string Words)> Marks =
    [
        ("PRESENT", "Present"),
        ("LATE", "Late"),
        ("EXCUSED", "Excused"),
        ("ABSENT", "Absent"),
    ];

    public static string Phase(string phase) => phase switch
    {
        "UPCOMING" => "Not started",
        "RUNNING" => "Running",
        "FINISHED" => "Finished",
        "CANCELLED" => "Cancelled",
        _ => phase,
    };

    public static string Enrolment(EnrolmentView enrolment) => enrolment.Status switch
    {
        "ENROLLED" when enrolment.PromotedAt is not null => "Enrolled from the wait list",
        "ENROLLED" => "Enrolled",
        "WAITING" => $"Waiting: number {enrolment.WaitListPosition} on the list",
        "COMPLETED" => "Completed",
        "WITHDRAWN" => "Withdrawn",
        _ => enrolment.Status,
    };

    public static string Accreditation(string? grants) => grants switch
    {
        null or "" => "None",
        "PEER_BROKER" => "Peer broker",
        "SUPPORT_PLANNING_CHAMPION" => "Support planning champion",
        "ENABLER" => "Enabler",
        _ => char.ToUpperInvariant(grants[0]) + grants[1..].ToLowerInvariant().Replace('_', ' '),
    };

    public static string Cadence(string cadence) => cadence switch
    {
        "WEEKLY" => "Every week",
        "FORTNIGHTLY" => "Every two weeks",
        "MONTHLY" => "Every month",
        "QUARTERLY" => "Every three months",
        _ => cadence,
    };

    public static string Counts(CohortCounts counts)
        => $"{counts.Enrolled} enrolled, {counts.Waiting} waiting, {counts.Completed} completed"
            + (counts.CompletionRate is { } rate ? $" ({rate}%)" : "");
}
