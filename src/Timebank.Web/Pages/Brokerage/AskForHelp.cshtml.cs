using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Brokerage;

/// <summary>Ask for help to arrange support, for yourself or, with their consent, for someone you support.</summary>
public sealed class AskForHelpModel(TimebankApi api) : PageModel
{
    private static readonly Dictionary<string, string> InputFor = new()
    {
        ["whatToArrange"] = "whatToArrange",
        ["area"] = "area",
        ["preferredLanguage"] = "preferredLanguage",
        ["onBehalfOf.name"] = "forName",
        ["onBehalfOf.howConsentWasGiven"] = "consentHow",
        ["onBehalfOf.consentGiven"] = "consentGiven",
    };

    [BindProperty] public string? WhatToArrange { get; set; }
    [BindProperty] public string? Area { get; set; }
    [BindProperty] public string? PreferredLanguage { get; set; }
    [BindProperty] public string? PreferredFormat { get; set; }
    [BindProperty] public string? Ineligible { get; set; }
    [BindProperty] public string? AdultAtRisk { get; set; }
    [BindProperty] public string? ForWhom { get; set; }
    [BindProperty] public string? ForName { get; set; }
    [BindProperty] public string? ConsentHow { get; set; }
    [BindProperty] public bool ConsentGiven { get; set; }

    public BrokerageOrganisation Organisation { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    [TempData]
    public string? Notice { get; set; }

    public Task OnGetAsync(string organisationId, CancellationToken cancellationToken) => LoadAsync(organisationId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string organisationId, CancellationToken cancellationToken)
    {
        await LoadAsync(organisationId, cancellationToken);
        Validate();
        if (Errors.Any)
            return Page();
        var payload = await api.MutateAsync<BrokerageRequestPayload>("requestBrokerage", new
        {
            organisationId,
            whatToArrange = WhatToArrange!.Trim(),
            area = Area!.Trim(),
            preferredLanguage = Blank(PreferredLanguage),
            preferredFormat = Blank(PreferredFormat),
            judgedIneligible = Ineligible == "yes",
            involvesAdultAtRisk = AdultAtRisk == "yes",
            onBehalfOf = ForWhom == "someone" ? new
            {
                name = ForName!.Trim(),
                consentGiven = ConsentGiven,
                consentGivenOn = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                howConsentWasGiven = ConsentHow!.Trim(),
            } : null,
        }, cancellationToken);
        if (payload.Errors.Count > 0 || payload.BrokerageRequest is null)
        {
            Errors.AddFrom(payload.Errors, "whatToArrange", InputFor);
            return Page();
        }
        Notice = "Your request is saved. Now choose the brokers you would like to ask.";
        return RedirectToPage("Request", new { organisationId, requestId = payload.BrokerageRequest.Id });
    }

    private void Validate()
    {
        if (ForWhom is not ("me" or "someone"))
            Errors.Add("forWhom", "Say who the help is for");
        if (string.IsNullOrWhiteSpace(WhatToArrange))
            Errors.Add("whatToArrange", "Say what you would like help to arrange");
        if (string.IsNullOrWhiteSpace(Area))
            Errors.Add("area", "Enter the area, as a postcode or its first half, like CV1");
        if (Ineligible is not ("yes" or "no"))
            Errors.Add("ineligible", "Say whether the council said you could not have its brokerage");
        if (AdultAtRisk is not ("yes" or "no"))
            Errors.Add("adultAtRisk", "Say whether the person may be at risk of harm");
        if (ForWhom != "someone")
            return;
        if (string.IsNullOrWhiteSpace(ForName))
            Errors.Add("forName", "Enter the name of the person you are asking for");
        if (string.IsNullOrWhiteSpace(ConsentHow))
            Errors.Add("consentHow", "Say how the person agreed, like on the phone on 3 March");
        if (!ConsentGiven)
            Errors.Add("consentGiven", "Confirm the person agreed to you asking for them");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task LoadAsync(string organisationId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var data = await api.QueryDataAsync<BrokeragePageData>("brokeragePage", new { organisationId, first = 0 }, cancellationToken);
        Organisation = data.Organisation is { IsMember: true } organisation ? organisation : throw new NotFoundException("Not found.");
    }
}
