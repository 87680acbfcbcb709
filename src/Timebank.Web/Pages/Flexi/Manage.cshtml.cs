using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Display;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;
using Timebank.Web.Pages.Timebanks;

namespace Timebank.Web.Pages.Flexi;

/// <summary>
/// A manager's service: purchases waiting for their yes (agree, or say no with a reason), sessions past their end to
/// mark delivered, receipts still missing, and every booking for the next two weeks. Each form carries its own
/// idempotency key, so a repeated post decides once.
/// </summary>
public sealed class ManageModel(TimebankApi api) : PageModel
{
    public ManageData Data { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    [TempData]
    public string? Notice { get; set; }

    public Task OnGetAsync(string serviceId, CancellationToken cancellationToken) => LoadAsync(serviceId, cancellationToken);

    public async Task<IActionResult> OnPostAgreeAsync(string serviceId, string purchaseId, string idempotencyKey, CancellationToken cancellationToken)
    {
        await LoadAsync(serviceId, cancellationToken);
        var purchase = Waiting(purchaseId);
        var payload = await api.MutateAsync<FlexiPayload>("approvePurchase", new { purchaseId, idempotencyKey }, cancellationToken);
        return Answer(serviceId, payload, "reason-" + purchaseId, $"Agreed: {Amounts.Money(purchase?.Pence ?? 0)} for {purchase?.Customer.DisplayName}’s {purchase?.Description}.");
    }

    public async Task<IActionResult> OnPostRefuseAsync(string serviceId, string purchaseId, string idempotencyKey, string? reason, CancellationToken cancellationToken)
    {
        await LoadAsync(serviceId, cancellationToken);
        var purchase = Waiting(purchaseId);
        if (string.IsNullOrWhiteSpace(reason))
        {
            Errors.Add("reason-" + purchaseId, $"Say why {purchase?.Customer.DisplayName}’s {purchase?.Description} is not agreed");
            return Page();
        }
        var payload = await api.MutateAsync<FlexiPayload>("rejectPurchase", new { purchaseId, idempotencyKey, reason = reason.Trim() }, cancellationToken);
        return Answer(serviceId, payload, "reason-" + purchaseId, $"Not agreed: {purchase?.Customer.DisplayName}’s {purchase?.Description}. The money is back in their budget.");
    }

    public async Task<IActionResult> OnPostDeliveredAsync(string serviceId, string sessionId, string idempotencyKey, CancellationToken cancellationToken)
    {
        await LoadAsync(serviceId, cancellationToken);
        var session = Data.SessionsAwaitingCompletion.FirstOrDefault(s => s.Id == sessionId);
        var payload = await api.MutateAsync<FlexiPayload>("completeSupportSession", new { sessionId, idempotencyKey, deliveredMinutes = session?.Minutes ?? 0 }, cancellationToken);
        return Answer(serviceId, payload, "deliver-" + sessionId, $"Marked delivered: {Amounts.Hours(session?.Minutes ?? 0)} with {session?.Customer.DisplayName}.");
    }

    private ManagedPurchase? Waiting(string purchaseId) => Data.PurchasesAwaitingSignOff.FirstOrDefault(p => p.Id == purchaseId);

    private IActionResult Answer(string serviceId, FlexiPayload payload, string field, string done)
    {
        if (payload.Errors.Count == 0)
        {
            Notice = done;
            return RedirectToPage(new { serviceId });
        }
        Errors.AddFrom(payload.Errors, field);
        return Page();
    }

    private async Task LoadAsync(string serviceId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var now = DateTimeOffset.UtcNow;
        Data = await api.QueryDataAsync<ManageData>("managePage", new
        {
            serviceId,
            from = Dates.Iso(now.AddDays(-1)),
            to = Dates.Iso(now.AddDays(14)),
        }, cancellationToken);
        // Managers run the service; anyone else, staff included, gets the page that is not there.
        if (Data.FlexiService?.Provider.ViewerMembership?.Roles.Contains("MANAGER") != true)
            throw new NotFoundException("Not found.");
    }

    public sealed record ManageData(
        ManagedService? FlexiService, IReadOnlyList<ManagedSession> SupportSessions, IReadOnlyList<ManagedPurchase> PurchasesAwaitingSignOff,
        IReadOnlyList<ManagedPurchase> PurchasesMissingReceipts, IReadOnlyList<ManagedSession> SessionsAwaitingCompletion);

    public sealed record ManagedService(string Id, string Name, string TimeZone, OrganisationRef Provider);

    public sealed record ManagedSession(string Id, string Start, long Minutes, string? Status, string? Where, string? PlaceName, MemberRef Customer, MemberRef Worker);

    public sealed record ManagedPurchase(string Id, long Pence, long SpentPence, string? Category, string Supplier, string Description, string? ExpiresAt, MemberRef Customer);
}
