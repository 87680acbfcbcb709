using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Timebanks;

/// <summary>A coordinator's list of every exchange, newest first, where one recorded by mistake is reversed.</summary>
public sealed class ExchangesModel(TimebankApi api) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public CoordinatedOrganisation Organisation { get; private set; } = null!;

    public Connection<CoordinatedExchange> Exchanges { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string organisationId, CancellationToken cancellationToken)
    {
        var data = await api.QueryDataAsync<ExchangesData>("timebankExchanges", new { organisationId, last = PageSize, before = Before }, cancellationToken);
        Organisation = CoordinatedOrganisation.Require(data.Organisation);
        Exchanges = data.Timebank.Exchanges;
        return Page();
    }

    public sealed record ExchangesData(CoordinatedOrganisation? Organisation, ExchangesTimebank Timebank);

    public sealed record ExchangesTimebank(Connection<CoordinatedExchange> Exchanges);
}

/// <summary>An organisation as a coordinator's page loads it; anyone who does not run it gets the page that is not there.</summary>
public sealed record CoordinatedOrganisation(string Id, string Name, string TimeZone, ViewerRoles? ViewerMembership)
{
    public static CoordinatedOrganisation Require(CoordinatedOrganisation? organisation)
        => organisation?.ViewerMembership?.Coordinates == true ? organisation : throw new NotFoundException("Not found.");
}

/// <summary>An exchange as a coordinator sees it, with what a reversal needs.</summary>
public sealed record CoordinatedExchange(
    string Id, string Kind, string Status, long Minutes, long? PostedMinutes, string Description, string Date,
    MemberRef? Giver, MemberRef? Receiver, ExchangeDay? Reverses = null, CategoryRef? Category = null, PostedTransfer? PostedTransfer = null)
{
    /// <summary>Hours that moved and have not been undone can be reversed; a reversal itself is not reversed again.</summary>
    public bool Reversible => Status == "CONFIRMED" && Kind != "REVERSAL";

    public long Moved => PostedMinutes ?? Minutes;
}

public sealed record ExchangeDay(string Id, string Date);

public sealed record PostedTransfer(string Id, TransferAccount? DebitAccount);

public sealed record TransferAccount(string Id, OrganisationId? HeldIn);

public sealed record OrganisationId(string Id);
