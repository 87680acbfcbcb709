using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Display;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Brokerage;

/// <summary>
/// Close a request with its outcome and the hours given to the broker: the question page, "check your answers",
/// then closeBrokerageRequest with the key chosen when the form was first shown, so a repeated post pays once.
/// </summary>
public sealed class CloseRequestModel(TimebankApi api) : PageModel
{
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Hours { get; set; }
    [BindProperty] public string? Minutes { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();

    public bool Checking { get; private set; }

    public BrokerageRequestPageData Data { get; private set; } = null!;

    public BrokerageRequestView Ask => Data.Node!;

    public FormErrors Errors { get; } = new();

    public long MinutesGiven => AnswerRules.TotalMinutes(Hours, Minutes);

    [TempData]
    public string? Notice { get; set; }

    public Task OnGetAsync(string organisationId, string requestId, CancellationToken cancellationToken) => LoadAsync(organisationId, requestId, cancellationToken);

    public async Task<IActionResult> OnPostCheckAsync(string organisationId, string requestId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, requestId, cancellationToken);
        Validate();
        Checking = !Errors.Any;
        return Page();
    }

    public Task OnPostChangeAsync(string organisationId, string requestId, CancellationToken cancellationToken) => LoadAsync(organisationId, requestId, cancellationToken);

    public async Task<IActionResult> OnPostCloseAsync(string organisationId, string requestId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, requestId, cancellationToken, allowClosed: true);
        Validate();
        if (Errors.Any)
            return Page();
        var payload = await api.MutateAsync<CloseBrokeragePayload>("closeBrokerageRequest", new
        {
            requestId,
            outcome = Outcome,
            minutesGiven = MinutesGiven,
            note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(),
            idempotencyKey = IdempotencyKey,
        }, cancellationToken);
        if (payload.Errors.Count > 0)
        {
            Errors.AddFrom(payload.Errors, "hours", new Dictionary<string, string> { ["minutesGiven"] = "hours", ["outcome"] = "outcome", ["note"] = "note" });
            return Page();
        }
        var broker = Ask.ChosenBroker?.DisplayName ?? "the broker";
        Notice = MinutesGiven > 0 ? $"Closed. {Amounts.Hours(MinutesGiven)} moved to {broker}’s hours." : "Closed. No hours moved.";
        return RedirectToPage("Request", new { organisationId, requestId });
    }

    private void Validate()
    {
        if (BrokerageWords.Outcomes.All(o => o.Value != Outcome))
            Errors.Add("outcome", "Select how it went");
        AnswerRules.Duration(Errors, "hours", Hours, Minutes, "the time to give", allowNone: true);
        if (!Errors.Any && MinutesGiven > Ask.LoggedMinutes)
            Errors.Add("hours", $"You can give at most the {Amounts.Hours(Ask.LoggedMinutes)} the broker logged");
    }

    private async Task LoadAsync(string organisationId, string requestId, CancellationToken cancellationToken, bool allowClosed = false)
    {
        ViewData["Errors"] = Errors;
        Data = await api.QueryDataAsync<BrokerageRequestPageData>("brokerageRequestPage", new { id = requestId, organisationId, first = 0 }, cancellationToken);
        var me = Data.Me?.Id;
        var mayClose = Data.Organisation is { IsMember: true } org && Data.Node?.Id is not null && Data.Node.Organisation.Id == org.Id
            && (Data.Node.RequestedBy.Id == me || Data.Node.OnBehalfOf?.Member?.Id == me || org.Coordinates);
        if (!mayClose)
            throw new NotFoundException("Not found.");
        // A closed request has nothing left to close; a repeat of the closing post still reaches the API, which answers it once.
        if (Data.Node!.State != "ARRANGED" && !allowClosed)
            throw new NotFoundException("Not found.");
    }
}
