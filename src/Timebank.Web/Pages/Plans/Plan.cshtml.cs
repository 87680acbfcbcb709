using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Display;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Plans;

/// <summary>
/// The person's own plan with an organisation that supports them, in plain words: what they want (their outcomes),
/// what is working and what is not. With no plan yet they write one; a draft or a plan sent back is sent to be agreed.
/// </summary>
public sealed class PlanModel(TimebankApi api) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Words)> Lengths = [("6", "6 months, looked at again after 3"), ("12", "A year, looked at again after 6 months")];

    [BindProperty] public List<string?> Outcomes { get; set; } = ["", "", ""];
    [BindProperty] public string? Working { get; set; }
    [BindProperty] public string? NotWorking { get; set; }
    [BindProperty] public string? Months { get; set; }
    [BindProperty] public ReviewAnswers Review { get; set; } = new();

    public PlanPageData Data { get; private set; } = null!;

    public PlanView? Mine { get; private set; }

    public FormErrors Errors { get; } = new();

    [TempData]
    public string? Notice { get; set; }

    public Task OnGetAsync(string organisationId, CancellationToken cancellationToken) => LoadAsync(organisationId, cancellationToken);

    public async Task<IActionResult> OnPostWriteAsync(string organisationId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, cancellationToken);
        var outcomes = Outcomes.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o!.Trim()).ToList();
        if (outcomes.Count == 0)
            Errors.Add("outcome-0", "Write at least one thing you want from your support");
        if (Months is not ("6" or "12"))
            Errors.Add("months", "Select how long the plan is for");
        if (Errors.Any)
            return Page();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var months = int.Parse(Months!, CultureInfo.InvariantCulture);
        var payload = await api.MutateAsync<PlanPayload>("draftPlan", new
        {
            organisationId,
            content = new
            {
                startsOn = Dates.Iso(today),
                endsOn = Dates.Iso(today.AddMonths(months)),
                reviewOn = Dates.Iso(today.AddMonths(months / 2)),
                outcomes = outcomes.Select((words, i) => new { key = $"outcome-{i + 1}", inTheirWords = words, weeklyMinutes = 0L, weeklyPence = 0L }).ToList(),
                working = Lines(Working),
                notWorking = Lines(NotWorking),
            },
        }, cancellationToken);
        return Answer(organisationId, payload, "outcome-0", "Your plan is saved. Read it below, then send it to be agreed when you are ready.");
    }

    public async Task<IActionResult> OnPostSendAsync(string organisationId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, cancellationToken);
        if (Mine is null)
            throw new NotFoundException("Not found.");
        var payload = await api.MutateAsync<PlanPayload>("submitPlan", new { planId = Mine.Id }, cancellationToken);
        return Answer(organisationId, payload, "send", "Sent. The people who agree plans here will read it, and you will see what they say on this page.");
    }

    public async Task<IActionResult> OnPostReviewAsync(string organisationId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, cancellationToken);
        if (Mine is not { Latest.Status: "APPROVED" } plan)
            throw new NotFoundException("Not found.");
        Review.Validate(Errors, plan.Latest.Outcomes.Count);
        if (Errors.Any)
            return Page();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var reviewOn = DateOnly.ParseExact(plan.Latest.ReviewOn, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var payload = await api.MutateAsync<PlanPayload>("recordReview", new
        {
            planId = plan.Id,
            controlRating = int.Parse(Review.Rating!, CultureInfo.InvariantCulture),
            decides = Review.Decides,
            heldOn = Dates.Iso(today),
            nextReviewOn = Dates.Iso(reviewOn > today ? reviewOn : today.AddMonths(3)),
            inTheirWords = string.IsNullOrWhiteSpace(Review.InTheirWords) ? null : Review.InTheirWords.Trim(),
            outcomes = plan.Latest.Outcomes.Select((o, i) => new { outcome = o.Key, progress = Review.OutcomeProgress[i] }).ToList(),
        }, cancellationToken);
        return Answer(organisationId, payload, "rating", "Thank you. How it is going is saved with your plan.");
    }

    private IActionResult Answer(string organisationId, PlanPayload payload, string field, string done)
    {
        if (payload.Errors.Count == 0)
        {
            Notice = done;
            return RedirectToPage(new { organisationId });
        }
        Errors.AddFrom(payload.Errors, field);
        return Page();
    }

    private static List<string> Lines(string? text)
        => (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private async Task LoadAsync(string organisationId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        Data = await api.QueryDataAsync<PlanPageData>("planPage", new { organisationId }, cancellationToken);
        // A plan is held by an organisation the person belongs to; anyone else gets the page that is not there.
        if (Data.Organisation?.ViewerMembership is null)
            throw new NotFoundException("Not found.");
        // Staff see the plans of people they support too; this page is only ever the person's own.
        Mine = Data.Plans.FirstOrDefault(p => p.Person.Id == Data.Me?.Id);
    }
}
