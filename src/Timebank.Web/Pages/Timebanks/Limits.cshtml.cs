using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Display;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Timebanks;

/// <summary>
/// A coordinator sets one member's balance limits with setBalanceLimits. An empty answer is no limit on this
/// account, whatever the timebank's default for new members; "Use the timebank's defaults" copies those in.
/// </summary>
public sealed class LimitsModel(TimebankApi api) : PageModel
{
    [BindProperty]
    public LimitAnswers Answers { get; set; } = new();

    public LimitsData Data { get; private set; } = null!;

    public CoordinatedOrganisation Organisation { get; private set; } = null!;

    public LimitedAccount Account => Data.Account;

    public FormErrors Errors { get; } = new();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(string organisationId, string accountId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, accountId, cancellationToken);
        Answers = LimitAnswers.From(Account.Floor, Account.WarnBelow, Account.Ceiling, Account.WarnAbove);
    }

    public async Task<IActionResult> OnPostAsync(string organisationId, string accountId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, accountId, cancellationToken);
        Answers.Validate(Errors);
        return Errors.Any ? Page() : await SaveAsync(organisationId, accountId, cancellationToken);
    }

    public async Task<IActionResult> OnPostDefaultsAsync(string organisationId, string accountId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, accountId, cancellationToken);
        var defaults = Data.Timebank;
        Answers = LimitAnswers.From(defaults.MemberFloor, defaults.MemberWarnBelow, defaults.MemberCeiling, defaults.MemberWarnAbove);
        return await SaveAsync(organisationId, accountId, cancellationToken);
    }

    /// <summary>What the timebank gives new members, as the hint under the first question says it.</summary>
    public string DefaultsText
    {
        get
        {
            var defaults = Data.Timebank;
            var owe = defaults.MemberFloor is { } floor ? $"can owe up to {Amounts.Hours(Math.Max(0, -floor))}" : "can owe any amount";
            var hold = defaults.MemberCeiling is { } ceiling ? $"can hold up to {Amounts.Hours(ceiling)}" : "no most they can hold";
            return $"New members here start with: {owe}, {hold}.";
        }
    }

    private async Task<IActionResult> SaveAsync(string organisationId, string accountId, CancellationToken cancellationToken)
    {
        var payload = await api.MutateAsync<LimitsPayload>("setBalanceLimits", Answers.Input(accountId), cancellationToken);
        if (payload.Errors.Count > 0)
        {
            Errors.AddFrom(payload.Errors, "owe", LimitAnswers.InputFor);
            return Page();
        }
        Notice = $"Limits saved for {Account.Member?.DisplayName}: {Answers.Summary()}.";
        return RedirectToPage("Coordinate", new { organisationId });
    }

    private async Task LoadAsync(string organisationId, string accountId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        Data = await api.QueryDataAsync<LimitsData>("accountLimits", new { organisationId, accountId }, cancellationToken);
        Organisation = CoordinatedOrganisation.Require(Data.Organisation);
        // Only a member's account in this timebank; another timebank's, or the pool, is not found here.
        if (Data.Account is not { Member: not null, HeldIn.Id: var owner } || owner != Organisation.Id)
            throw new NotFoundException("Not found.");
    }

    public sealed record LimitsData(CoordinatedOrganisation? Organisation, TimebankDefaults Timebank, LimitedAccount Account);

    public sealed record TimebankDefaults(long? MemberFloor, long? MemberCeiling, long? MemberWarnBelow, long? MemberWarnAbove);

    public sealed record LimitedAccount(string Id, long Posted, long Available, long? Floor, long? Ceiling, long? WarnBelow, long? WarnAbove, MemberRef? Member, OrganisationId? HeldIn);

    public sealed record LimitsPayload(IReadOnlyList<UserError> Errors) : IPayload;
}
