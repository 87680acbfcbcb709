using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Display;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Flexi;

/// <summary>
/// A customer books a session: who from the staff's profiles, when, how long and where; then "check your answers",
/// then bookSupportSession, which holds the minutes from this week's support time.
/// </summary>
public sealed class BookModel(TimebankApi api) : PageModel
{
    [BindProperty]
    public BookingAnswers Answers { get; set; } = new();

    public bool Checking { get; private set; }

    public BookingData Data { get; private set; } = null!;

    public ServiceView Service => Data.FlexiService!;

    public FormErrors Errors { get; } = new();

    [TempData]
    public string? Notice { get; set; }

    public Task OnGetAsync(string serviceId, CancellationToken cancellationToken) => LoadAsync(serviceId, cancellationToken);

    public async Task<IActionResult> OnPostCheckAsync(string serviceId, CancellationToken cancellationToken)
    {
        await LoadAsync(serviceId, cancellationToken);
        Validate();
        Checking = !Errors.Any;
        return Page();
    }

    public Task OnPostChangeAsync(string serviceId, CancellationToken cancellationToken) => LoadAsync(serviceId, cancellationToken);

    public async Task<IActionResult> OnPostBookAsync(string serviceId, CancellationToken cancellationToken)
    {
        await LoadAsync(serviceId, cancellationToken);
        Validate();
        if (Errors.Any)
            return Page();
        var payload = await api.MutateAsync<FlexiPayload>("bookSupportSession", new
        {
            serviceId,
            workerId = Answers.WorkerId,
            start = Answers.Start(Service.TimeZone),
            minutes = Answers.TotalMinutes,
            where = Answers.Where,
            placeName = Answers.Where == "NAMED_PLACE" ? Answers.PlaceName?.Trim() : null,
            formality = Answers.Informal == "yes" ? "INFORMAL" : "FORMAL",
            outcome = string.IsNullOrWhiteSpace(Answers.Outcome) ? null : Answers.Outcome.Trim(),
            idempotencyKey = Answers.IdempotencyKey,
        }, cancellationToken);
        if (payload.Errors.Count > 0)
        {
            Errors.AddFrom(payload.Errors, "hours", BookingAnswers.InputFor);
            return Page();
        }
        Notice = $"Booked: {Amounts.Hours(Answers.TotalMinutes)} with {WorkerName} on {StartText}.";
        return RedirectToPage("Budget", new { serviceId });
    }

    public string WorkerName => Data.Staff.FirstOrDefault(s => s.Member.Id == Answers.WorkerId)?.Member.DisplayName ?? "";

    public string StartText => Answers.Start(Service.TimeZone) is { } start ? Dates.At(start, Service.TimeZone) : "";

    private void Validate() => Answers.Validate(Errors, Service.TimeZone, Data.Staff.Select(s => s.Member.Id).ToList());

    private async Task LoadAsync(string serviceId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        Data = await api.QueryDataAsync<BookingData>("bookingPage", new { serviceId }, cancellationToken);
        // Only a customer with a budget here books for themselves; anyone else gets the page that is not there.
        if (Data.FlexiService is null || Data.CustomerBudget is null)
            throw new NotFoundException("Not found.");
    }

    public sealed record BookingData(ServiceView? FlexiService, BudgetView? CustomerBudget, IReadOnlyList<StaffView> Staff);
}
