using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Brokerage;

/// <summary>
/// One brokerage request. What it offers depends on who is reading: the person's side invites matching brokers and
/// chooses one who said yes; an invited broker answers; the chosen broker logs the time they spend. Closing with
/// hours has its own page, since it moves hours.
/// </summary>
public sealed class RequestModel(TimebankApi api) : PageModel
{
    public BrokerageRequestPageData Data { get; private set; } = null!;

    public BrokerageRequestView Ask => Data.Node!;

    public BrokerageOrganisation Organisation => Data.Organisation!;

    public FormErrors Errors { get; } = new();

    [BindProperty] public List<string> BrokerProfileIds { get; set; } = [];
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Day { get; set; }
    [BindProperty] public string? Month { get; set; }
    [BindProperty] public string? Year { get; set; }
    [BindProperty] public string? Hours { get; set; }
    [BindProperty] public string? Minutes { get; set; }

    [TempData]
    public string? Notice { get; set; }

    private string? Me => Data.Me?.Id;

    /// <summary>The person asked for, or the member who asked: the API shows them the matching brokers, and so does this page.</summary>
    public bool PersonSide => Ask.RequestedBy.Id == Me || Ask.OnBehalfOf?.Member?.Id == Me;

    public bool CanClose => Ask.State == "ARRANGED" && (PersonSide || Organisation.Coordinates);

    public InviteView? MyInvite => Ask.Invites.FirstOrDefault(i => i.Broker.Member.Id == Me);

    public bool IAmChosen => Ask.ChosenBroker?.Id == Me;

    /// <summary>Matching brokers not yet invited: the ones the person can still ask.</summary>
    public IReadOnlyList<BrokerView> ToInvite => (Ask.MatchingBrokers?.Nodes ?? [])
        .Where(b => Ask.Invites.All(i => i.Broker.Id != b.Id)).ToList();

    public IReadOnlyList<InviteView> Accepted => Ask.Invites.Where(i => i.Status == "ACCEPTED").ToList();

    public Task OnGetAsync(string organisationId, string requestId, CancellationToken cancellationToken)
        => LoadAsync(organisationId, requestId, cancellationToken);

    public async Task<IActionResult> OnPostInviteAsync(string organisationId, string requestId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, requestId, cancellationToken);
        if (BrokerProfileIds.Count == 0)
        {
            Errors.Add("invite", "Select at least one broker to ask");
            return Page();
        }
        var names = ToInvite.Where(b => BrokerProfileIds.Contains(b.Id)).Select(b => b.Member.DisplayName).ToList();
        return await StepAsync("inviteBrokers", new { requestId, brokerProfileIds = BrokerProfileIds }, "invite",
            $"Asked {string.Join(" and ", names)}. You will see here when they answer.");
    }

    public async Task<IActionResult> OnPostRespondAsync(string organisationId, string requestId, string answer, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, requestId, cancellationToken);
        var accept = answer == "accept";
        return await StepAsync("respondToBrokerageInvite", new { requestId, accept, note = Blank(Note) }, "note",
            accept ? "You said yes. The person can now choose you." : "You said no. The person can ask someone else.");
    }

    public async Task<IActionResult> OnPostChooseAsync(string organisationId, string requestId, string? brokerProfileId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, requestId, cancellationToken);
        if (string.IsNullOrEmpty(brokerProfileId))
        {
            Errors.Add("choose", "Select the broker you choose");
            return Page();
        }
        var name = Accepted.FirstOrDefault(i => i.Broker.Id == brokerProfileId)?.Broker.Member.DisplayName ?? "your broker";
        return await StepAsync("chooseBroker", new { requestId, brokerProfileId }, "choose",
            $"You chose {name}. The others who said yes are told it is arranged.");
    }

    public async Task<IActionResult> OnPostLogAsync(string organisationId, string requestId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, requestId, cancellationToken);
        AnswerRules.PastDate(Errors, "session-day", Day, Month, Year, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)), "the date of the session");
        AnswerRules.Duration(Errors, "hours", Hours, Minutes, "how long the session took");
        if (Errors.Any)
            return Page();
        var minutes = AnswerRules.TotalMinutes(Hours, Minutes);
        return await StepAsync("logBrokerageSession", new { requestId, date = AnswerRules.IsoDate(Day, Month, Year), minutes, note = Blank(Note) }, "hours",
            $"Logged {Display.Amounts.Hours(minutes)}. The person gives your hours when they close the request.");
    }

    /// <summary>Runs one step; a refusal stays on the page with the API's words on <paramref name="field"/>, success goes back with <paramref name="done"/>.</summary>
    private async Task<IActionResult> StepAsync(string operation, object input, string field, string done)
    {
        var payload = await api.MutateAsync<BrokerageRequestPayload>(operation, input, HttpContext.RequestAborted);
        if (payload.Errors.Count > 0)
        {
            Errors.AddFrom(payload.Errors, field, new Dictionary<string, string> { ["date"] = "session-day", ["minutes"] = "hours", ["note"] = "note" });
            return Page();
        }
        Notice = done;
        return RedirectToPage(new { organisationId = Organisation.Id, requestId = Ask.Id });
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task LoadAsync(string organisationId, string requestId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        Data = await api.QueryDataAsync<BrokerageRequestPageData>("brokerageRequestPage", new { id = requestId, organisationId, first = 10 }, cancellationToken);
        // Someone who may not read the request, or a request from another timebank: the page that is not there.
        if (Data.Organisation is not { IsMember: true } || Data.Node?.Id is null || Data.Node.Organisation.Id != Data.Organisation.Id)
            throw new NotFoundException("Not found.");
    }
}
