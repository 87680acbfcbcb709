using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Plans;

/// <summary>
/// Plans waiting for the signed-in signer (a manager, or a commissioner where the organisation asks for one): each
/// plan in the person's words, agreed, or sent back with what to change.
/// </summary>
public sealed class SignOffModel(TimebankApi api) : PageModel
{
    public PlanPageData Data { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    [TempData]
    public string? Notice { get; set; }

    public Task OnGetAsync(string organisationId, CancellationToken cancellationToken) => LoadAsync(organisationId, cancellationToken);

    public async Task<IActionResult> OnPostAgreeAsync(string organisationId, string planId, string? comment, CancellationToken cancellationToken)
        => await DecideAsync(organisationId, planId, true, comment, cancellationToken);

    public async Task<IActionResult> OnPostSendBackAsync(string organisationId, string planId, string? comment, CancellationToken cancellationToken)
        => await DecideAsync(organisationId, planId, false, comment, cancellationToken);

    private async Task<IActionResult> DecideAsync(string organisationId, string planId, bool approve, string? comment, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, cancellationToken);
        var person = Data.Plans.FirstOrDefault(p => p.Id == planId)?.Person.DisplayName ?? "the person";
        if (!approve && string.IsNullOrWhiteSpace(comment))
        {
            Errors.Add("comment-" + planId, $"Say what {person} could change, so they know what to do next");
            return Page();
        }
        var payload = await api.MutateAsync<PlanPayload>("decidePlan", new { planId, approve, comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim() }, cancellationToken);
        if (payload.Errors.Count > 0)
        {
            Errors.AddFrom(payload.Errors, "comment-" + planId);
            return Page();
        }
        Notice = approve ? $"You agreed {person}’s plan." : $"You sent {person}’s plan back. They see what you said.";
        return RedirectToPage(new { organisationId });
    }

    private async Task LoadAsync(string organisationId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        Data = await api.QueryDataAsync<PlanPageData>("signOffPage", new { organisationId }, cancellationToken);
        if (Data.Organisation?.ViewerMembership is null)
            throw new NotFoundException("Not found.");
    }
}
