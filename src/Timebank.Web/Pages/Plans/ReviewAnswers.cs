using Timebank.Web.Forms;

namespace Timebank.Web.Pages.Plans;

/// <summary>
/// A review of an agreed plan as the person gives it: how much control they have (1 to 5), who makes the decisions,
/// and how each outcome is going, in words they would use.
/// </summary>
public sealed class ReviewAnswers
{
    public static readonly IReadOnlyList<(string Value, string Words)> Ratings =
    [
        ("1", "1: I have no say in my support"),
        ("2", "2: I have a little say"),
        ("3", "3: I have some say"),
        ("4", "4: I decide most things"),
        ("5", "5: I decide everything about my support"),
    ];

    public static readonly IReadOnlyList<(string Value, string Words)> Deciders =
    [
        ("THEMSELVES", "Me"),
        ("KEY_WORKER", "My key worker"),
        ("OTHERS", "Other people"),
    ];

    public static readonly IReadOnlyList<(string Value, string Words)> Progress =
    [
        ("NOT_STARTED", "Not started"),
        ("SOME", "Some progress"),
        ("GOOD", "Good progress"),
        ("ACHIEVED", "Done"),
    ];

    public string? Rating { get; set; }
    public string? Decides { get; set; }
    public List<string?> OutcomeProgress { get; set; } = [];
    public string? InTheirWords { get; set; }

    public void Validate(FormErrors errors, int outcomes)
    {
        if (Ratings.All(r => r.Value != Rating))
            errors.Add("rating", "Select how much say you have in your support");
        if (Deciders.All(d => d.Value != Decides))
            errors.Add("decides", "Select who makes the decisions about your support");
        for (var i = 0; i < outcomes; i++)
        {
            if (Progress.All(p => p.Value != OutcomeProgress.ElementAtOrDefault(i)))
                errors.Add($"progress-{i}", "Select how this is going");
        }
    }
}
