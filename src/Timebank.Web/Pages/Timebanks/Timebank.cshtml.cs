using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Timebanks;

/// <summary>A member's timebank: their balance, and exchanges others recorded with them that wait for their answer.</summary>
public sealed class TimebankModel(TimebankApi api) : PageModel
{
    public TimebankView Timebank { get; private set; } = null!;

    /// <summary>Exchanges someone else recorded with this member: theirs to confirm or decline.</summary>
    public IReadOnlyList<ExchangeView> ToAnswer { get; private set; } = [];

    /// <summary>Exchanges this member recorded that wait for the other person.</summary>
    public IReadOnlyList<ExchangeView> Waiting { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(string organisationId, CancellationToken cancellationToken)
    {
        Timebank = await api.QueryAsync<TimebankView>("timebank", new { organisationId, awaitingConfirmation = true, first = 50 }, cancellationToken: cancellationToken);
        var me = Timebank.ViewerAccount?.Member?.Id;
        var mine = Timebank.Exchanges.Nodes.Where(e => e.Giver?.Id == me || e.Receiver?.Id == me).ToList();
        ToAnswer = mine.Where(e => e.RecordedBy?.Id != me).ToList();
        Waiting = mine.Where(e => e.RecordedBy?.Id == me).ToList();
    }

    public async Task<IActionResult> OnPostAnswerAsync(string organisationId, string exchangeId, string answer, string idempotencyKey, CancellationToken cancellationToken)
    {
        var confirm = answer == "confirm";
        var payload = await api.MutateAsync<ExchangePayload>(confirm ? "confirmExchange" : "declineExchange", new { exchangeId, idempotencyKey }, cancellationToken);
        Notice = payload.Errors.Count > 0 ? payload.Errors[0].Message
            : confirm ? $"Confirmed: {Display.Amounts.Hours(payload.Exchange?.Minutes ?? 0)} moved." : "Declined: no hours moved.";
        return RedirectToPage(new { organisationId });
    }

    public static string Other(ExchangeView exchange, string? me)
        => (exchange.Giver?.Id == me ? exchange.Receiver?.DisplayName : exchange.Giver?.DisplayName) ?? "another member";
}
