using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Supports;

/// <summary>One support in the directory, for anyone; it prints as large print for people who take it away on paper.</summary>
public sealed class SupportModel(TimebankApi api) : PageModel
{
    public SupportDetail Support { get; private set; } = null!;

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
        => Support = await api.QueryAsync<SupportDetail>("localSupport", new { id }, field: "node", cancellationToken: cancellationToken);
}
