using Timebank.Web.Forms;

namespace Timebank.Web.Pages.Timebanks;

/// <summary>
/// The record-an-exchange form's answers, carried through "check your answers" in hidden fields, with the
/// idempotency key chosen when the form was first shown: posting the same answers again never moves hours twice.
/// </summary>
public sealed class ExchangeAnswers
{
    public string? Direction { get; set; }
    public string? OtherMemberId { get; set; }
    public string? Hours { get; set; }
    public string? Minutes { get; set; }
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }
    public string? Description { get; set; }
    public string? CategoryId { get; set; }
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();

    public bool Gave => Direction == "gave";

    /// <summary>The API's field names, mapped to the inputs that carry them.</summary>
    public static readonly IReadOnlyDictionary<string, string> InputFor = new Dictionary<string, string>
    {
        ["minutes"] = "hours",
        ["date"] = "date-day",
        ["description"] = "description",
        ["giverId"] = "otherMemberId",
        ["receiverId"] = "otherMemberId",
        ["categoryId"] = "categoryId",
    };

    public long TotalMinutes => AnswerRules.TotalMinutes(Hours, Minutes);

    public string IsoDate => AnswerRules.IsoDate(Day, Month, Year);

    /// <summary>What can be checked before the API sees it; the API checks again and has the last word.</summary>
    public void Validate(FormErrors errors, DateOnly today)
    {
        if (Direction is not ("gave" or "received"))
            errors.Add("direction", "Select whether you gave help or received it");
        if (string.IsNullOrEmpty(OtherMemberId))
            errors.Add("otherMemberId", "Select who the exchange was with");
        AnswerRules.Duration(errors, "hours", Hours, Minutes, "how long the help took");
        AnswerRules.PastDate(errors, "date-day", Day, Month, Year, today, "the date the help was given");
        if (string.IsNullOrWhiteSpace(Description))
            errors.Add("description", "Say what the help was");
    }
}
