using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Timebanks;

/// <summary>A coordinator adds someone who has no email address or will not use the service; they record for them.</summary>
public sealed class AddAssistedMemberModel(TimebankApi api) : PageModel
{
    private static readonly Dictionary<string, string> InputFor = new() { ["displayName"] = "displayName" };

    [BindProperty]
    public string? DisplayName { get; set; }

    public CoordinateModel.MembersOrganisation Organisation { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    [TempData]
    public string? Notice { get; set; }

    public Task OnGetAsync(string organisationId, CancellationToken cancellationToken) => LoadAsync(organisationId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string organisationId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, cancellationToken);
        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            Errors.Add("displayName", "Enter the person’s name");
            return Page();
        }
        var payload = await api.MutateAsync<AssistedMemberPayload>("addAssistedMember", new { organisationId, displayName = DisplayName.Trim() }, cancellationToken);
        if (payload.Errors.Count > 0)
        {
            Errors.AddFrom(payload.Errors, "displayName", InputFor);
            return Page();
        }
        Notice = $"{payload.Member?.DisplayName} is now a member of {Organisation.Name}, with an hours account. Record their exchanges for them.";
        return RedirectToPage("Coordinate", new { organisationId });
    }

    private async Task LoadAsync(string organisationId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var data = await api.QueryDataAsync<CoordinatorCheck>("timebankMembers", new { organisationId, first = 0 }, cancellationToken);
        // Only coordinators add members; anyone else gets the page that is not there.
        if (data.Organisation?.ViewerMembership?.Coordinates != true)
            throw new NotFoundException("Not found.");
        Organisation = data.Organisation;
    }

    public sealed record CoordinatorCheck(CoordinateModel.MembersOrganisation? Organisation);

    public sealed record AssistedMemberPayload(MemberRef? Member, IReadOnlyList<UserError> Errors) : IPayload;
}
