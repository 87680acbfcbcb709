using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Display;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Courses;

/// <summary>
/// The mentor or a mentee logs a meeting: the date, how long, private notes, and whether the mentor banks the hours;
/// then "check your answers", then logMentoringMeeting with the key chosen when the form was first shown.
/// </summary>
public sealed class LogMeetingModel(TimebankApi api) : PageModel
{
    [BindProperty] public string? Day { get; set; }
    [BindProperty] public string? Month { get; set; }
    [BindProperty] public string? Year { get; set; }
    [BindProperty] public string? Hours { get; set; }
    [BindProperty] public string? Minutes { get; set; }
    [BindProperty] public string? Notes { get; set; }
    [BindProperty] public string? BankHours { get; set; }
    [BindProperty] public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();

    public bool Checking { get; private set; }

    public PairingView Pairing { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    public long TotalMinutes => AnswerRules.TotalMinutes(Hours, Minutes);

    public string IsoDate => AnswerRules.IsoDate(Day, Month, Year);

    /// <summary>Hours are banked only where the pairing names a timebank for them.</summary>
    public bool MayBank => Pairing.HoursTimebank is not null;

    public bool Banks => MayBank && BankHours == "yes";

    [TempData]
    public string? Notice { get; set; }

    public Task OnGetAsync(string pairingId, CancellationToken cancellationToken) => LoadAsync(pairingId, cancellationToken);

    public async Task<IActionResult> OnPostCheckAsync(string pairingId, CancellationToken cancellationToken)
    {
        await LoadAsync(pairingId, cancellationToken);
        Validate();
        Checking = !Errors.Any;
        return Page();
    }

    public Task OnPostChangeAsync(string pairingId, CancellationToken cancellationToken) => LoadAsync(pairingId, cancellationToken);

    public async Task<IActionResult> OnPostLogAsync(string pairingId, CancellationToken cancellationToken)
    {
        await LoadAsync(pairingId, cancellationToken);
        Validate();
        if (Errors.Any)
            return Page();
        var payload = await api.MutateAsync<MeetingPayload>("logMentoringMeeting", new
        {
            pairingId,
            date = IsoDate,
            minutes = TotalMinutes,
            notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim(),
            creditMentor = Banks,
            idempotencyKey = IdempotencyKey,
        }, cancellationToken);
        if (payload.Errors.Count > 0)
        {
            Errors.AddFrom(payload.Errors, "hours", new Dictionary<string, string> { ["date"] = "date-day", ["minutes"] = "hours", ["notes"] = "notes" });
            return Page();
        }
        Notice = $"Meeting logged: {Amounts.Hours(TotalMinutes)} on {Dates.Day(IsoDate)}." + (Banks ? $" {Pairing.Mentor.DisplayName} banked the hours in {Pairing.HoursTimebank!.Name}." : "");
        return RedirectToPage("Mentoring", new { organisationId = Pairing.Organisation!.Id });
    }

    private void Validate()
    {
        AnswerRules.PastDate(Errors, "date-day", Day, Month, Year, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)), "the date you met");
        AnswerRules.Duration(Errors, "hours", Hours, Minutes, "how long you met");
        if (MayBank && BankHours is not ("yes" or "no"))
            Errors.Add("bankHours", $"Select whether {Pairing.Mentor.DisplayName} banks the hours");
    }

    private async Task LoadAsync(string pairingId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var data = await api.QueryDataAsync<PairingData>("mentoringPairing", new { id = pairingId }, cancellationToken);
        // Only the pair log their meetings; organisers (and anyone else) get the page that is not there.
        if (data.Node is not { Id: not null } pairing || !pairing.Involves(data.Me?.Id) || pairing.EndedOn is not null)
            throw new NotFoundException("Not found.");
        Pairing = pairing;
    }
}
