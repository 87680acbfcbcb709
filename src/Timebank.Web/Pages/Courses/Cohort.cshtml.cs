using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Courses;

/// <summary>
/// One cohort: its sessions with the register in numbers, and for its organisers and facilitators everyone enrolled,
/// waiting, completed or withdrawn, where they mark someone complete (which grants the accreditation) or withdraw
/// them (which offers the place to the first person waiting).
/// </summary>
public sealed class CohortModel(TimebankApi api) : PageModel
{
    public CohortView Cohort { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    [TempData]
    public string? Notice { get; set; }

    public Task OnGetAsync(string cohortId, CancellationToken cancellationToken) => LoadAsync(cohortId, cancellationToken);

    public async Task<IActionResult> OnPostCompleteAsync(string cohortId, string memberId, CancellationToken cancellationToken)
    {
        await LoadAsync(cohortId, cancellationToken);
        var payload = await api.MutateAsync<EnrolmentPayload>("completeEnrolment", new { cohortId, memberId }, cancellationToken);
        return Answer(cohortId, memberId, payload, $"{NameOf(memberId)} has completed the course.{Accredited}");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string cohortId, string memberId, CancellationToken cancellationToken)
    {
        await LoadAsync(cohortId, cancellationToken);
        var payload = await api.MutateAsync<EnrolmentPayload>("withdrawEnrolment", new { cohortId, memberId }, cancellationToken);
        return Answer(cohortId, memberId, payload, $"{NameOf(memberId)} is withdrawn. If anyone was waiting, the first on the list now has the place.");
    }

    private string Accredited => Cohort.Course.Grants is { Length: > 0 } grants ? $" They are now accredited: {CourseWords.Accreditation(grants).ToLowerInvariant()}." : "";

    private IActionResult Answer(string cohortId, string memberId, EnrolmentPayload payload, string done)
    {
        if (payload.Errors.Count == 0)
        {
            Notice = done;
            return RedirectToPage(new { cohortId });
        }
        Errors.AddFrom(payload.Errors, "person-" + memberId);
        return Page();
    }

    private string NameOf(string memberId) => Cohort.Enrolments?.Nodes.FirstOrDefault(e => e.Member.Id == memberId)?.Member.DisplayName ?? "They";

    private async Task LoadAsync(string cohortId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        Cohort = await api.QueryAsync<CohortView>("cohortPage", new { id = cohortId }, "cohort", cancellationToken);
    }
}
