using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Courses;

/// <summary>
/// A session's register on one page: everyone holding a place, each marked present, late, excused or absent and
/// whether their supporter came too; saving again corrects the earlier marks. For organisers and facilitators only.
/// </summary>
public sealed class RegisterModel(TimebankApi api) : PageModel
{
    [BindProperty]
    public List<RegisterMark> Marks { get; set; } = [];

    public RegisterCohort Cohort { get; private set; } = null!;

    public RegisterSession Session { get; private set; } = null!;

    public IReadOnlyList<EnrolmentView> People { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(string cohortId, string sessionId, CancellationToken cancellationToken)
    {
        await LoadAsync(cohortId, sessionId, cancellationToken);
        var marked = (Session.Register ?? []).ToDictionary(l => l.Member.Id);
        Marks = People.Select(p => marked.TryGetValue(p.Member.Id, out var line)
            ? new RegisterMark { MemberId = p.Member.Id, Status = line.Status, WithSupporter = line.WithSupporter }
            : new RegisterMark { MemberId = p.Member.Id }).ToList();
    }

    public async Task<IActionResult> OnPostAsync(string cohortId, string sessionId, CancellationToken cancellationToken)
    {
        await LoadAsync(cohortId, sessionId, cancellationToken);
        var onRegister = People.Select(p => p.Member.Id).ToHashSet();
        var entries = Marks.Where(m => onRegister.Contains(m.MemberId ?? "") && CourseWords.Marks.Any(k => k.Value == m.Status))
            .Select(m => new { memberId = m.MemberId, status = m.Status, withSupporter = m.WithSupporter }).ToList();
        if (entries.Count == 0)
        {
            Errors.Add("mark-0", "Mark at least one person present, late, excused or absent");
            return Page();
        }
        var payload = await api.MutateAsync<EnrolmentPayload>("recordAttendance", new { sessionId, entries }, cancellationToken);
        if (payload.Errors.Count > 0)
        {
            Errors.AddFrom(payload.Errors, "mark-0");
            return Page();
        }
        var count = entries.Count(e => e.status is "PRESENT" or "LATE");
        Notice = $"Register saved for {Session.Title}: {count} of {People.Count} came.";
        return RedirectToPage("Cohort", new { cohortId });
    }

    private async Task LoadAsync(string cohortId, string sessionId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var cohort = await api.QueryAsync<RegisterCohort>("sessionRegister", new { cohortId }, "cohort", cancellationToken);
        // The register is its keepers' (the API answers null to anyone else), and only for a session of this cohort.
        if (cohort is not { Enrolments: { } enrolments } || cohort.Sessions.FirstOrDefault(s => s.Id == sessionId) is not { Register: not null } session)
            throw new NotFoundException("Not found.");
        (Cohort, Session) = (cohort, session);
        People = enrolments.Nodes.Where(e => e.HoldsPlace).OrderBy(e => e.Member.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    public sealed class RegisterMark
    {
        public string? MemberId { get; set; }
        public string? Status { get; set; }
        public bool WithSupporter { get; set; }
    }
}
