using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Display;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Flexi;

/// <summary>
/// A customer cancels one of their sessions: the page shows the session and what comes back, then
/// cancelSupportSession runs with the key chosen when the page was first shown, so a repeated post cancels once.
/// </summary>
public sealed class CancelSessionModel(TimebankApi api) : PageModel
{
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();

    public ServiceView Service { get; private set; } = null!;

    public SessionView Session { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    [TempData]
    public string? Notice { get; set; }

    public Task OnGetAsync(string serviceId, string sessionId, CancellationToken cancellationToken) => LoadAsync(serviceId, sessionId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string serviceId, string sessionId, CancellationToken cancellationToken)
    {
        await LoadAsync(serviceId, sessionId, cancellationToken);
        var payload = await api.MutateAsync<FlexiPayload>("cancelSupportSession", new
        {
            sessionId,
            reason = string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim(),
            idempotencyKey = IdempotencyKey,
        }, cancellationToken);
        if (payload.Errors.Count > 0)
        {
            Errors.AddFrom(payload.Errors, "reason");
            return Page();
        }
        Notice = $"Cancelled. {Amounts.Hours(Session.Minutes)} is back in your support time.";
        return RedirectToPage("Budget", new { serviceId });
    }

    private async Task LoadAsync(string serviceId, string sessionId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var data = await BudgetModel.LoadAsync(api, serviceId, cancellationToken);
        Service = data.FlexiService!;
        // Only the customer's own session, from the list the API gives them, can be cancelled here.
        Session = data.SupportSessions.FirstOrDefault(s => s.Id == sessionId) ?? throw new NotFoundException("Not found.");
    }
}
