namespace Timebank.Web.Pages.Brokerage;

/// <summary>The API's brokerage values in the words people use.</summary>
public static class BrokerageWords
{
    public static readonly IReadOnlyList<(string Value, string Words)> Formats =
    [
        ("LARGE_PRINT", "Large print"),
        ("EASY_READ", "Easy read"),
        ("BRAILLE", "Braille"),
        ("BSL", "British Sign Language"),
        ("INTERPRETER", "An interpreter"),
    ];

    public static readonly IReadOnlyList<(string Value, string Words)> Outcomes =
    [
        ("ARRANGED", "Arranged: the support is in place"),
        ("PARTLY_ARRANGED", "Partly arranged"),
        ("NOT_ARRANGED", "Not arranged"),
    ];

    public static string Format(string? value) => Formats.FirstOrDefault(f => f.Value == value).Words ?? "No preference";

    public static string FormatList(IEnumerable<string> values) => string.Join(", ", values.Select(Format));

    public static string Outcome(string? value) => Outcomes.FirstOrDefault(o => o.Value == value).Words ?? "";

    public static string State(string state) => state switch
    {
        "OPEN" => "Choosing a broker",
        "ARRANGED" => "Broker chosen",
        "CLOSED" => "Closed",
        "WITHDRAWN" => "Withdrawn",
        _ => state,
    };

    public static string Invite(string status) => status switch
    {
        "INVITED" => "Invited: not answered yet",
        "ACCEPTED" => "Said yes",
        "DECLINED" => "Said no",
        "CHOSEN" => "Chosen",
        "ARRANGED_WITH_ANOTHER" => "Arranged with another broker",
        "WITHDRAWN" => "Request withdrawn",
        _ => status,
    };

    /// <summary>The GOV.UK tag colour for a request's state.</summary>
    public static string StateTag(string state) => state switch
    {
        "OPEN" => "govuk-tag govuk-tag--blue",
        "ARRANGED" => "govuk-tag govuk-tag--green",
        _ => "govuk-tag govuk-tag--grey",
    };

    /// <summary>A comma-separated answer as a list, blanks dropped.</summary>
    public static string[] Split(string? text)
        => (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
