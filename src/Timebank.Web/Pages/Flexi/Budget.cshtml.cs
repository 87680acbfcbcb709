using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Display;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Flexi;

/// <summary>
/// A customer's budget: this week's support time and cash left, in easy-read words, their sessions for the next
/// four weeks and their purchases. Only the customer's own; anyone without a budget here gets the page that is not there.
/// </summary>
public sealed class BudgetModel(TimebankApi api) : PageModel
{
    public BudgetData Data { get; private set; } = null!;

    public ServiceView Service => Data.FlexiService!;

    public BudgetView Budget => Data.CustomerBudget!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string serviceId, CancellationToken cancellationToken)
    {
        Data = await LoadAsync(api, serviceId, cancellationToken);
        return Page();
    }

    /// <summary>The budget page's data; the booking and buying pages read the same.</summary>
    public static async Task<BudgetData> LoadAsync(TimebankApi api, string serviceId, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var data = await api.QueryDataAsync<BudgetData>("budgetPage", new
        {
            serviceId,
            from = Dates.Iso(now.AddDays(-7)),
            to = Dates.Iso(now.AddDays(28)),
        }, cancellationToken);
        if (data.FlexiService is null || data.CustomerBudget is null)
            throw new NotFoundException("Not found.");
        return data;
    }
}
