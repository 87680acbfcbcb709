using Timebank.Web.Display;

namespace Timebank.Web.Pages.Timebanks;

/// <summary>The timebank's states in the words its pages use.</summary>
public static class TimebankWords
{
    public static string ExchangeStatus(CoordinatedExchange exchange) => exchange.Status switch
    {
        "AWAITING_CONFIRMATION" => "Waiting for the receiver",
        "CONFIRMED" when exchange.Kind == "REVERSAL" => exchange.Reverses is { } undone ? $"Reverses the exchange of {Dates.Day(undone.Date)}" : "Reversal",
        "CONFIRMED" => "Hours moved",
        "DECLINED" => "Declined",
        "EXPIRED" => "Expired",
        "REVERSED" => "Reversed",
        _ => exchange.Status,
    };
}
