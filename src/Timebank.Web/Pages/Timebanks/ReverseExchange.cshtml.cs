using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Display;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Timebanks;

/// <summary>
/// A coordinator reverses an exchange: the page shows exactly what will move back and asks why, then reverseTransfer
/// runs with the key chosen when the page was first shown, so posting it again never reverses twice.
/// </summary>
public sealed class ReverseExchangeModel(TimebankApi api) : PageModel
{
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();

    public CoordinatedOrganisation Organisation { get; private set; } = null!;

    public CoordinatedExchange Exchange { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    [TempData]
    public string? Notice { get; set; }

    public Task OnGetAsync(string organisationId, string exchangeId, CancellationToken cancellationToken) => LoadAsync(organisationId, exchangeId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string organisationId, string exchangeId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, exchangeId, cancellationToken);
        if (string.IsNullOrWhiteSpace(Reason))
            Errors.Add("reason", "Say why the exchange is being reversed");
        // A repeat of a post that already reversed it goes to the API, which answers with the first outcome.
        if (Errors.Any)
            return Page();
        var payload = await api.MutateAsync<ReversePayload>("reverseTransfer", new { transferId = Exchange.PostedTransfer!.Id, reason = Reason!.Trim(), idempotencyKey = IdempotencyKey }, cancellationToken);
        if (payload.Errors.Count > 0)
        {
            Errors.AddFrom(payload.Errors, "reason");
            return Page();
        }
        Notice = $"Reversed. {Amounts.Hours(Exchange.Moved)} went back from {Giver} to {Receiver}.";
        return RedirectToPage("Exchanges", new { organisationId });
    }

    public string Giver => Exchange.Giver?.DisplayName ?? "the timebank";

    public string Receiver => Exchange.Receiver?.DisplayName ?? "the timebank";

    private async Task LoadAsync(string organisationId, string exchangeId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var data = await api.QueryDataAsync<ExchangeData>("exchange", new { organisationId, id = exchangeId }, cancellationToken);
        Organisation = CoordinatedOrganisation.Require(data.Organisation);
        // Only an exchange whose hours moved in this timebank can be reversed here; anything else is not found.
        if (data.Node is not { PostedTransfer.DebitAccount.HeldIn.Id: var owner } exchange || owner != Organisation.Id)
            throw new NotFoundException("Not found.");
        Exchange = exchange;
    }

    public sealed record ExchangeData(CoordinatedOrganisation? Organisation, CoordinatedExchange? Node);

    public sealed record ReversePayload(IReadOnlyList<UserError> Errors) : IPayload;
}
