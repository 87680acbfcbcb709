using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Timebanks;

/// <summary>A coordinator's timebank: requests to join waiting for approval, and every member's balance.</summary>
public sealed class CoordinateModel(TimebankApi api) : PageModel
{
    public MembersData Data { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string organisationId, CancellationToken cancellationToken)
    {
        Data = await api.QueryDataAsync<MembersData>("timebankMembers", new { organisationId, first = 50, after = After }, cancellationToken);
        // Members who are not coordinators get the same page as anyone who may not see it.
        if (Data.Organisation.ViewerMembership?.Coordinates != true)
            throw new NotFoundException("Not found.");
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(string organisationId, string membershipId, CancellationToken cancellationToken)
    {
        var payload = await api.MutateAsync<HomeApproval>("approveMembership", new { membershipId }, cancellationToken);
        Notice = payload.Errors.Count > 0 ? payload.Errors[0].Message : $"{payload.Membership?.Member.DisplayName} is now a member.";
        return RedirectToPage(new { organisationId });
    }

    public sealed record MembersData(MembersOrganisation Organisation, TimebankAccounts Timebank);

    public sealed record MembersOrganisation(string Id, string Name, string TimeZone, ViewerRoles? ViewerMembership, Connection<PendingMembership> Pending);

    public sealed record PendingMembership(string Id, string Status, string RequestedAt, PendingMember Member);

    public sealed record PendingMember(string Id, string DisplayName, string? Email);

    public sealed record TimebankAccounts(Connection<AccountView> MemberAccounts);

    public sealed record HomeApproval(ApprovedMembership? Membership, IReadOnlyList<UserError> Errors) : IPayload;

    public sealed record ApprovedMembership(string Id, MemberRef Member);
}
