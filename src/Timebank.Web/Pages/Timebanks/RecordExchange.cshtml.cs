using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Display;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Timebanks;

/// <summary>Record an exchange: the question page, then "check your answers", then the recordExchange operation.</summary>
public sealed class RecordExchangeModel(TimebankApi api) : PageModel
{
    [BindProperty]
    public ExchangeAnswers Answers { get; set; } = new();

    /// <summary>A coordinator records between two other members (?between=true); the viewer is neither side.</summary>
    [BindProperty(SupportsGet = true, Name = "between")]
    public bool Between { get; set; }

    public bool Checking { get; private set; }

    public TimebankView Timebank { get; private set; } = null!;

    /// <summary>Who the exchange can be with: everyone else, or everyone when recording between two members.</summary>
    public IReadOnlyList<MemberRef> Others { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    [TempData]
    public string? Recorded { get; set; }

    public Task OnGetAsync(string organisationId, CancellationToken cancellationToken) => LoadAsync(organisationId, cancellationToken);

    public async Task<IActionResult> OnPostCheckAsync(string organisationId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, cancellationToken);
        Answers.Validate(Errors, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)), Between);
        Checking = !Errors.Any;
        return Page();
    }

    public Task OnPostChangeAsync(string organisationId, CancellationToken cancellationToken) => LoadAsync(organisationId, cancellationToken);

    public async Task<IActionResult> OnPostRecordAsync(string organisationId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, cancellationToken);
        Answers.Validate(Errors, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)), Between);
        if (Errors.Any)
            return Page();
        var payload = await api.MutateAsync<ExchangePayload>("recordExchange", new
        {
            organisationId,
            giverId = GiverId,
            receiverId = ReceiverId,
            minutes = Answers.TotalMinutes,
            date = Answers.IsoDate,
            description = Answers.Description!.Trim(),
            categoryId = string.IsNullOrEmpty(Answers.CategoryId) ? null : Answers.CategoryId,
            idempotencyKey = Answers.IdempotencyKey,
        }, cancellationToken);
        if (payload.Errors.Count > 0)
        {
            Errors.AddFrom(payload.Errors, "hours", Between ? ExchangeAnswers.InputForBetween : ExchangeAnswers.InputFor);
            return Page();
        }
        if (Between)
        {
            Recorded = $"{Amounts.Hours(Answers.TotalMinutes)} given by {NameOf(GiverId)} to {NameOf(ReceiverId)}. The hours have moved.";
            return RedirectToPage("ExchangeRecorded", new { organisationId });
        }
        var other = OtherName is { Length: > 0 } name ? name : "the other member";
        var what = $"{Amounts.Hours(Answers.TotalMinutes)} {(Answers.Gave ? "given to" : "received from")} {other}.";
        Recorded = payload.Exchange?.Status == "AWAITING_CONFIRMATION"
            ? $"{what} {other} is asked to confirm it; the hours move when they do."
            : $"{what} The hours have moved.";
        return RedirectToPage("ExchangeRecorded", new { organisationId });
    }

    public string OtherName => NameOf(Answers.OtherMemberId);

    public string NameOf(string? memberId) => Others.FirstOrDefault(m => m.Id == memberId)?.DisplayName ?? "";

    private string? Me => Timebank.ViewerAccount?.Member?.Id;

    private string? GiverId => Between ? Answers.GiverId : Answers.Gave ? Me : Answers.OtherMemberId;

    private string? ReceiverId => Between ? Answers.ReceiverId : Answers.Gave ? Answers.OtherMemberId : Me;

    public string CategoryName => Timebank.Categories.FirstOrDefault(c => c.Id == Answers.CategoryId)?.Name ?? "None";

    private async Task LoadAsync(string organisationId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        Timebank = await api.QueryAsync<TimebankView>("timebank", new { organisationId, first = 0 }, cancellationToken: cancellationToken);
        var organisation = await api.QueryAsync<OrganisationMembers>("organisation", new { id = organisationId, status = "ACTIVE", first = 50 }, cancellationToken: cancellationToken);
        // Recording for other people is a coordinator's; anyone else asking for it gets the page that is not there.
        if (Between && !Timebank.Organisation.ViewerCoordinates)
            throw new NotFoundException("Not found.");
        Others = (organisation.Members?.Edges ?? []).Select(e => e.Node.Member).Where(m => Between || m.Id != Me).OrderBy(m => m.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
    }
}
