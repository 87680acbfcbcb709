using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.GraphQL;
using Timebank.Web.Pages.Account;

namespace Timebank.Web.Pages;

/// <summary>A signed-in person's start: the organisations they belong to, and timebanks they could join.</summary>
public sealed class HomeModel(TimebankApi api) : PageModel
{
    public Person Me { get; private set; } = null!;

    public IReadOnlyList<OrganisationSummary> Joinable { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Me = await api.QueryAsync<Person>("me", new { first = 50 }, cancellationToken: cancellationToken);
        var timebanks = await api.QueryAsync<Connection<OrganisationSummary>>("organisations", new { kind = "TIMEBANK", first = 50 }, cancellationToken: cancellationToken);
        Joinable = timebanks.Nodes.Where(o => o.ViewerMembership is null).ToList();
    }

    public async Task<IActionResult> OnPostJoinAsync(string organisationId, CancellationToken cancellationToken)
    {
        var payload = await api.MutateAsync<JoinPayload>("joinOrganisation", new { organisationId }, cancellationToken);
        Notice = payload.Errors.Count > 0 ? payload.Errors[0].Message : $"You asked to join {payload.Membership?.Organisation.Name}. A coordinator will approve you.";
        return RedirectToPage();
    }

    public static string RoleNames(IReadOnlyList<string> roles)
        => roles.Count == 0 ? "member" : string.Join(", ", roles.Select(r => r.Replace('_', ' ').ToLowerInvariant()));

    public static string? LinkFor(MembershipSummary membership) => membership.Status != "ACTIVE" ? null : membership.Organisation.Kind switch
    {
        "TIMEBANK" => $"/timebanks/{Uri.EscapeDataString(membership.Organisation.Id)}",
        "TRAINING" => $"/training/{Uri.EscapeDataString(membership.Organisation.Id)}",
        "PROVIDER" => $"/providers/{Uri.EscapeDataString(membership.Organisation.Id)}",
        "COMMISSIONER" => $"/commissioning/{Uri.EscapeDataString(membership.Organisation.Id)}",
        _ => null,
    };

    public sealed record JoinPayload(MembershipSummary? Membership, IReadOnlyList<UserError> Errors) : IPayload;
}
