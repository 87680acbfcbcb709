using Timebank.Web.Display;

namespace Timebank.Web.Pages.Flexi;

/// <summary>The API's flexi values in the words people use.</summary>
public static class FlexiWords
{
    public static readonly IReadOnlyList<(string Value, string Words)> Places =
    [
        ("ON_SITE", "At home or on site"),
        ("OFF_SITE", "Out and about"),
        ("NAMED_PLACE", "At a place I name"),
    ];

    public static string Place(SessionView session) => Place(session.Where, session.PlaceName);

    public static string Place(string? where, string? placeName)
        => where == "NAMED_PLACE" && placeName is { Length: > 0 } name ? name : Places.FirstOrDefault(p => p.Value == where).Words ?? where ?? "";

    public static string Session(string status) => status switch
    {
        "BOOKED" => "Booked",
        "COMPLETED" => "Done",
        "CANCELLED" => "Cancelled",
        _ => status,
    };

    public static string Purchase(PurchaseView purchase) => purchase.Status switch
    {
        "AWAITING_SIGN_OFF" => "Waiting for a manager to agree",
        "SPENT" when purchase.ReceiptReference is null => "Bought: receipt needed",
        "SPENT" => "Bought: receipt " + purchase.ReceiptReference,
        "REJECTED" => "Not agreed",
        "EXPIRED" => "Expired before it was agreed",
        "WITHDRAWN" => "Withdrawn",
        _ => purchase.Status,
    };

    /// <summary>A spending category as a heading says it: "MEALS OUT" is "Meals out".</summary>
    public static string Category(string category)
        => category.Length == 0 ? category : char.ToUpperInvariant(category[0]) + category[1..].ToLowerInvariant();

    /// <summary>A staff member's profile in one line, as a customer chooses between them.</summary>
    public static string Profile(StaffView worker)
    {
        var parts = new List<string>();
        if (worker.Background is { Length: > 0 } background)
            parts.Add(background);
        if (worker.Skills.Count > 0)
            parts.Add("Good at: " + string.Join(", ", worker.Skills));
        if (worker.Interests.Count > 0)
            parts.Add("Likes: " + string.Join(", ", worker.Interests));
        if (worker.Languages.Count > 0)
            parts.Add("Speaks: " + string.Join(", ", worker.Languages));
        return parts.Count == 0 ? "No profile yet" : string.Join(". ", parts) + ".";
    }

    /// <summary>The week's budget in easy-read words: what is left, and until when.</summary>
    /// <summary>How the person's money reaches them, in their words.</summary>
    public static string CashHolding(string holding) => holding switch
    {
        "CASH_ADVANCE" => "Cash, handed to you for each purchase; the change goes back",
        _ => "On your prepaid card",
    };

    public static string Left(BudgetView budget)
        => $"You have {Amounts.Hours(budget.SupportMinutes.Available)} of support and {Amounts.Money(budget.Cash.Available)} to spend until {Dates.Day(budget.CurrentPeriod.LastDay)}.";
}
