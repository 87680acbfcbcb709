using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Timebanks;

/// <summary>A timebank's offers and requests, searchable by words; a member withdraws their own from here.</summary>
public sealed class ListingsModel(TimebankApi api) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    public ListingsData Data { get; private set; } = null!;

    public ListingsOrganisation Organisation => Data.Organisation!;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(string organisationId, CancellationToken cancellationToken)
    {
        var filter = string.IsNullOrWhiteSpace(Text) ? null : new { text = Text.Trim() };
        Data = await api.QueryDataAsync<ListingsData>("timebankListings", new { organisationId, filter, first = PageSize }, cancellationToken);
        // The API answers null lists to anyone who does not belong to the timebank: the same page as a timebank that is not there.
        if (Data.Organisation is null || Data.Offers is null || Data.Requests is null)
            throw new NotFoundException("Not found.");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string organisationId, string listingId, CancellationToken cancellationToken)
    {
        var payload = await api.MutateAsync<ListingPayload>("withdrawListing", new { listingId }, cancellationToken);
        Notice = payload.Errors.Count > 0 ? payload.Errors[0].Message : $"“{payload.Listing?.Title}” has been taken down.";
        return RedirectToPage(new { organisationId });
    }

    public bool IsMine(ListingView listing) => listing.Member.Id == Data.Me?.Id;
}
