using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Flexi;

/// <summary>A provider's core-and-flexi services, for its members: a customer goes on to their budget from here.</summary>
public sealed class ProviderModel(TimebankApi api) : PageModel
{
    public ProviderData Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string organisationId, CancellationToken cancellationToken)
    {
        Data = await api.QueryDataAsync<ProviderData>("providerPage", new { organisationId }, cancellationToken);
        if (Data.Organisation?.ViewerMembership is null)
            throw new NotFoundException("Not found.");
        return Page();
    }
}
