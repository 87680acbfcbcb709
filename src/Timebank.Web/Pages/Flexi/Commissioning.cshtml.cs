using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.GraphQL;
using Timebank.Web.Pages.Timebanks;

namespace Timebank.Web.Pages.Flexi;

/// <summary>A commissioner's services: each one's report, and how many deviations wait for them to decide.</summary>
public sealed class CommissioningModel(TimebankApi api) : PageModel
{
    public CommissioningData Data { get; private set; } = null!;

    public IReadOnlyDictionary<string, int> Waiting { get; private set; } = new Dictionary<string, int>();

    public async Task<IActionResult> OnGetAsync(string organisationId, CancellationToken cancellationToken)
    {
        Data = await api.QueryDataAsync<CommissioningData>("commissioningPage", new { organisationId }, cancellationToken);
        // Commissioners only; anyone else gets the page that is not there.
        if (Data.Organisation?.ViewerMembership?.Roles.Contains("COMMISSIONER") != true)
            throw new NotFoundException("Not found.");
        var deviations = await api.QueryAsync<IReadOnlyList<ServiceReportModel.Deviation>>("deviationsAwaitingCommissioner", cancellationToken: cancellationToken);
        Waiting = deviations.GroupBy(d => d.ServiceId).ToDictionary(g => g.Key, g => g.Count());
        return Page();
    }

    public sealed record CommissioningData(ProviderOrganisation? Organisation, IReadOnlyList<CommissionedService> CommissionedServices);

    public sealed record CommissionedService(string Id, string Name, OrganisationRef Provider);
}
