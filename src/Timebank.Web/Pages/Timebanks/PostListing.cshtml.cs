using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Timebanks;

/// <summary>Post an offer of help or a request for it. Nothing moves hours here, so there is no check-answers step.</summary>
public sealed class PostListingModel(TimebankApi api) : PageModel
{
    private static readonly Dictionary<string, string> InputFor = new() { ["title"] = "title", ["details"] = "details", ["area"] = "area" };

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Details { get; set; }

    [BindProperty]
    public string? Area { get; set; }

    [BindProperty]
    public string? CategoryId { get; set; }

    public ListingsData Data { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    [TempData]
    public string? Notice { get; set; }

    public Task OnGetAsync(string organisationId, CancellationToken cancellationToken) => LoadAsync(organisationId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string organisationId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, cancellationToken);
        if (Kind is not ("offer" or "request"))
            Errors.Add("kind", "Select whether you are offering help or asking for it");
        if (string.IsNullOrWhiteSpace(Title))
            Errors.Add("title", "Enter a title");
        if (Errors.Any)
            return Page();
        var payload = await api.MutateAsync<ListingPayload>(Kind == "offer" ? "postOffer" : "postRequest", new
        {
            organisationId,
            title = Title!.Trim(),
            details = string.IsNullOrWhiteSpace(Details) ? null : Details.Trim(),
            area = string.IsNullOrWhiteSpace(Area) ? null : Area.Trim(),
            categoryId = string.IsNullOrEmpty(CategoryId) ? null : CategoryId,
        }, cancellationToken);
        if (payload.Errors.Count > 0)
        {
            Errors.AddFrom(payload.Errors, "title", InputFor);
            return Page();
        }
        Notice = $"Your {Kind} “{Title!.Trim()}” is posted.";
        return RedirectToPage("Listings", new { organisationId });
    }

    private async Task LoadAsync(string organisationId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        Data = await api.QueryDataAsync<ListingsData>("timebankListings", new { organisationId, first = 0 }, cancellationToken);
        if (Data.Organisation is null || Data.Offers is null)
            throw new NotFoundException("Not found.");
    }
}
