using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Courses;

/// <summary>Mentoring pairings, overdue first then by the day they are due: all of them for organisers, your own for a mentor or mentee.</summary>
public sealed class MentoringModel(TimebankApi api) : PageModel
{
    public MentoringData Data { get; private set; } = null!;

    public IReadOnlyList<PairingView> Pairings { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string organisationId, CancellationToken cancellationToken)
    {
        Data = await api.QueryDataAsync<MentoringData>("mentoringPage", new { organisationId }, cancellationToken);
        if (Data.Organisation?.ViewerMembership is null && Data.MentoringPairings.TotalCount == 0)
            throw new NotFoundException("Not found.");
        Pairings = Data.MentoringPairings.Nodes.OrderBy(p => p.EndedOn is null ? 0 : 1).ThenByDescending(p => p.Overdue)
            .ThenBy(p => p.NextDue, StringComparer.Ordinal).ToList();
        return Page();
    }
}
