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

    public bool Checking { get; private set; }

    public TimebankView Timebank { get; private set; } = null!;

    public IReadOnlyList<MemberRef> Others { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    [TempData]
    public string? Recorded { get; set; }

    public Task OnGetAsync(string organisationId, CancellationToken cancellationToken) => LoadAsync(organisationId, cancellationToken);

    public async Task<IActionResult> OnPostCheckAsync(string organisationId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, cancellationToken);
        Answers.Validate(Errors, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)));
        Checking = !Errors.Any;
        return Page();
    }

    public Task OnPostChangeAsync(string organisationId, CancellationToken cancellationToken) => LoadAsync(organisationId, cancellationToken);

    public async Task<IActionResult> OnPostRecordAsync(string organisationId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, cancellationToken);
        Answers.Validate(Errors, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)));
        if (Errors.Any)
            return Page();
        var me = Timebank.ViewerAccount?.Member?.Id;
        var payload = await api.MutateAsync<ExchangePayload>("recordExchange", new
        {
            organisationId,
            giverId = Answers.Gave ? me : Answers.OtherMemberId,
            receiverId = Answers.Gave ? Answers.OtherMemberId : me,
            minutes = Answers.TotalMinutes,
            date = Answers.IsoDate,
            description = Answers.Description!.Trim(),
            categoryId = string.IsNullOrEmpty(Answers.CategoryId) ? null : Answers.CategoryId,
            idempotencyKey = Answers.IdempotencyKey,
        }, cancellationToken);
        if (payload.Errors.Count > 0)
        {
            Errors.AddFrom(payload.Errors, "hours", ExchangeAnswers.InputFor);
            return Page();
        }
        var other = Others.FirstOrDefault(m => m.Id == Answers.OtherMemberId)?.DisplayName ?? "the other member";
        var what = $"{Amounts.Hours(Answers.TotalMinutes)} {(Answers.Gave ? "given to" : "received from")} {other}.";
        Recorded = payload.Exchange?.Status == "AWAITING_CONFIRMATION"
            ? $"{what} {other} is asked to confirm it; the hours move when they do."
            : $"{what} The hours have moved.";
        return RedirectToPage("ExchangeRecorded", new { organisationId });
    }

    public string OtherName => Others.FirstOrDefault(m => m.Id == Answers.OtherMemberId)?.DisplayName ?? "";

    public string CategoryName => Timebank.Categories.FirstOrDefault(c => c.Id == Answers.CategoryId)?.Name ?? "None";

    private async Task LoadAsync(string organisationId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        Timebank = await api.QueryAsync<TimebankView>("timebank", new { organisationId, first = 0 }, cancellationToken: cancellationToken);
        var organisation = await api.QueryAsync<OrganisationMembers>("organisation", new { id = organisationId, status = "ACTIVE", first = 50 }, cancellationToken: cancellationToken);
        var me = Timebank.ViewerAccount?.Member?.Id;
        Others = (organisation.Members?.Edges ?? []).Select(e => e.Node.Member).Where(m => m.Id != me).OrderBy(m => m.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
    }
}
