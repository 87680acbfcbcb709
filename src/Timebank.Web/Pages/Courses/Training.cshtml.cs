using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Courses;

/// <summary>A training organisation's courses and its cohorts by phase: an organiser's dashboard, a member's list to choose from.</summary>
public sealed class TrainingModel(TimebankApi api) : PageModel
{
    public TrainingData Data { get; private set; } = null!;

    public TrainingOrganisation Organisation => Data.Organisation!;

    public static readonly string[] Phases = ["RUNNING", "UPCOMING", "FINISHED", "CANCELLED"];

    public async Task<IActionResult> OnGetAsync(string organisationId, CancellationToken cancellationToken)
    {
        Data = await api.QueryDataAsync<TrainingData>("trainingPage", new { organisationId }, cancellationToken);
        // Only its members see an organisation's training here; anyone else gets the page that is not there.
        if (Data.Organisation?.ViewerMembership is null)
            throw new NotFoundException("Not found.");
        return Page();
    }
}
