using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Courses;

/// <summary>A training organisation's courses, and for its organisers every cohort by phase: their dashboard.</summary>
public sealed class TrainingModel(TimebankApi api) : PageModel
{
    public TrainingData Data { get; private set; } = null!;

    public TrainingOrganisation Organisation => Data.Organisation!;

    /// <summary>Every cohort, for organisers only (the API shows them to nobody else).</summary>
    public IReadOnlyList<CohortSummary> Cohorts { get; private set; } = [];

    public static readonly string[] Phases = ["RUNNING", "UPCOMING", "FINISHED", "CANCELLED"];

    public async Task<IActionResult> OnGetAsync(string organisationId, CancellationToken cancellationToken)
    {
        Data = await api.QueryDataAsync<TrainingData>("trainingPage", new { organisationId }, cancellationToken);
        // Only its members see an organisation's training here; anyone else gets the page that is not there.
        if (Data.Organisation?.ViewerMembership is null)
            throw new NotFoundException("Not found.");
        if (Organisation.Organises)
            Cohorts = (await api.QueryAsync<Connection<CohortSummary>>("cohorts", new { filter = new { organisationId }, first = 50 }, cancellationToken: cancellationToken)).Nodes;
        return Page();
    }
}
