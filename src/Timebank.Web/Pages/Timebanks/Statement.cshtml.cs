using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Timebanks;

/// <summary>A member's statement, newest page first; it prints in large print.</summary>
public sealed class StatementModel(TimebankApi api) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    public TimebankView Timebank { get; private set; } = null!;

    public StatementPage? Statement { get; private set; }

    public async Task OnGetAsync(string organisationId, CancellationToken cancellationToken)
    {
        Timebank = await api.QueryAsync<TimebankView>("timebank", new { organisationId, first = 0 }, cancellationToken: cancellationToken);
        if (Timebank.ViewerAccount is { } account)
            Statement = await api.QueryAsync<StatementPage>("statement", new { accountId = account.Id, last = PageSize, before = Before }, cancellationToken: cancellationToken);
    }
}
