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
    /// <summary>A coordinator recording between two other members names both; otherwise the viewer is one side.</summary>
    public string? GiverId { get; set; }
    public string? ReceiverId { get; set; }
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

    /// <summary>The same, when a coordinator records between two members.</summary>
    public static readonly IReadOnlyDictionary<string, string> InputForBetween = new Dictionary<string, string>(InputFor)
    {
        ["giverId"] = "giverId",
        ["receiverId"] = "receiverId",
    };

    public long TotalMinutes => AnswerRules.TotalMinutes(Hours, Minutes);

    public string IsoDate => AnswerRules.IsoDate(Day, Month, Year);

    /// <summary>What can be checked before the API sees it; the API checks again and has the last word.</summary>
    public void Validate(FormErrors errors, DateOnly today, bool between)
    {
        if (between)
            ValidateMembers(errors);
        else
            ValidateOtherMember(errors);
        AnswerRules.Duration(errors, "hours", Hours, Minutes, "how long the help took");
        AnswerRules.PastDate(errors, "date-day", Day, Month, Year, today, "the date the help was given");
        if (string.IsNullOrWhiteSpace(Description))
            errors.Add("description", "Say what the help was");
    }

    private void ValidateOtherMember(FormErrors errors)
    {
        if (Direction is not ("gave" or "received"))
            errors.Add("direction", "Select whether you gave help or received it");
        if (string.IsNullOrEmpty(OtherMemberId))
            errors.Add("otherMemberId", "Select who the exchange was with");
    }

    private void ValidateMembers(FormErrors errors)
    {
        if (string.IsNullOrEmpty(GiverId))
            errors.Add("giverId", "Select who gave the help");
        if (string.IsNullOrEmpty(ReceiverId))
            errors.Add("receiverId", "Select who received the help");
        else if (ReceiverId == GiverId)
            errors.Add("receiverId", "Select someone other than the member who gave the help");
    }
}
