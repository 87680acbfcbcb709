using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Brokerage;

/// <summary>A broker's own profile in a timebank: what people see when they choose who to ask. Only members with the BROKER role.</summary>
public sealed class BrokerProfileModel(TimebankApi api) : PageModel
{
    private static readonly Dictionary<string, string> InputFor = new()
    {
        ["bio"] = "bio",
        ["skills"] = "skills",
        ["languages"] = "languages",
        ["areasServed"] = "areasServed",
        ["availability"] = "availability",
        ["livedExperience"] = "livedExperience",
    };

    [BindProperty] public string? Bio { get; set; }
    [BindProperty] public string? Skills { get; set; }
    [BindProperty] public string? Languages { get; set; }
    [BindProperty] public string? AreasServed { get; set; }
    [BindProperty] public string? Availability { get; set; }
    [BindProperty] public List<string> Formats { get; set; } = [];
    [BindProperty] public string? Openness { get; set; }
    [BindProperty] public bool TakingABreak { get; set; }
    [BindProperty] public string? LivedExperience { get; set; }

    public BrokerageOrganisation Organisation { get; private set; } = null!;

    /// <summary>The saved profile; null until the broker first saves one.</summary>
    public BrokerProfileView? Saved { get; private set; }

    public FormErrors Errors { get; } = new();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(string organisationId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, cancellationToken);
        if (Saved is not { } p)
            return;
        (Bio, Skills, Languages, AreasServed, Availability) = (p.Bio, string.Join(", ", p.Skills), string.Join(", ", p.Languages), string.Join(", ", p.AreasServed), p.Availability);
        (Formats, Openness, TakingABreak, LivedExperience) = ([.. p.Formats], p.Openness, !p.AcceptingRequests, p.LivedExperience);
    }

    public async Task<IActionResult> OnPostAsync(string organisationId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, cancellationToken);
        if (BrokerageWords.Split(Languages).Length == 0)
            Errors.Add("languages", "Enter at least one language you speak, like en");
        if (BrokerageWords.Split(AreasServed).Length == 0)
            Errors.Add("areasServed", "Enter at least one area you cover, like CV1");
        if (Errors.Any)
            return Page();
        var payload = await api.MutateAsync<BrokerProfilePayload>("upsertBrokerProfile", new
        {
            organisationId,
            bio = Bio?.Trim() ?? "",
            skills = BrokerageWords.Split(Skills),
            languages = BrokerageWords.Split(Languages),
            areasServed = BrokerageWords.Split(AreasServed),
            availability = Availability?.Trim() ?? "",
            formats = Formats.Where(f => BrokerageWords.Formats.Any(k => k.Value == f)).ToArray(),
            openness = Openness == "INFORMAL_ONLY" ? "INFORMAL_ONLY" : "OPEN_TO_REQUESTS",
            acceptingRequests = !TakingABreak,
            livedExperience = LivedExperience?.Trim() ?? "",
        }, cancellationToken);
        if (payload.Errors.Count > 0)
        {
            Errors.AddFrom(payload.Errors, "bio", InputFor);
            return Page();
        }
        Notice = "Your broker profile is saved.";
        return RedirectToPage("Brokerage", new { organisationId });
    }

    private async Task LoadAsync(string organisationId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var data = await api.QueryDataAsync<BrokeragePageData>("brokeragePage", new { organisationId, first = 0 }, cancellationToken);
        // Only brokers keep a profile: anyone else gets the page that is not there.
        if (data.Organisation is not { IsBroker: true } organisation || data.Me is null)
            throw new NotFoundException("Not found.");
        Organisation = organisation;
        var member = await api.QueryAsync<MemberWithProfile>("memberBrokerProfile", new { memberId = data.Me.Id, organisationId }, "node", cancellationToken);
        Saved = member.BrokerProfile;
    }
}

public sealed record MemberWithProfile(string Id, BrokerProfileView? BrokerProfile);

public sealed record BrokerProfileView(
    string Id, string? Bio, IReadOnlyList<string> Skills, IReadOnlyList<string> Languages, IReadOnlyList<string> AreasServed, IReadOnlyList<string> Formats,
    string? Availability, bool AcceptingRequests, string Openness, string? LivedExperience);

public sealed record BrokerProfilePayload(BrokerProfileView? BrokerProfile, IReadOnlyList<UserError> Errors) : IPayload;
