using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Display;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Flexi;

/// <summary>A member of staff's own sessions for the next two weeks (the API gives a worker only their own).</summary>
public sealed class StaffSessionsModel(TimebankApi api) : PageModel
{
    public StaffData Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string serviceId, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        Data = await api.QueryDataAsync<StaffData>("staffSessionsPage", new
        {
            serviceId,
            from = Dates.Iso(now.AddDays(-1)),
            to = Dates.Iso(now.AddDays(14)),
        }, cancellationToken);
        // Staff of the provider only; anyone else gets the page that is not there.
        if (Data.FlexiService?.Provider.ViewerMembership?.Roles.Contains("STAFF") != true)
            throw new NotFoundException("Not found.");
        return Page();
    }

    public sealed record StaffData(ManageModel.ManagedService? FlexiService, IReadOnlyList<ManageModel.ManagedSession> SupportSessions);
}
