using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Brokerage;

/// <summary>Peer brokerage in a timebank: the person's own requests, and for a broker the requests they were invited to.</summary>
public sealed class BrokerageModel(TimebankApi api) : PageModel
{
    /// <summary>Oldest first, as the API lists them; the API's complexity limit keeps a page of these nested lists to about this many.</summary>
    public const int PageSize = 20;

    public BrokeragePageData Data { get; private set; } = null!;

    public BrokerageOrganisation Organisation => Data.Organisation!;

    public IReadOnlyList<BrokerageRequestSummary> Mine { get; private set; } = [];

    public IReadOnlyList<BrokerageRequestSummary> InvitedTo { get; private set; } = [];

    /// <summary>A coordinator reads every request; those neither theirs nor to them are listed apart.</summary>
    public IReadOnlyList<BrokerageRequestSummary> Others { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(string organisationId, CancellationToken cancellationToken)
    {
        Data = await api.QueryDataAsync<BrokeragePageData>("brokeragePage", new { organisationId, first = PageSize }, cancellationToken);
        if (Data.Organisation is not { IsMember: true } || Data.BrokerageRequests is null)
            throw new NotFoundException("Not found.");
        var me = Data.Me?.Id;
        var all = Data.BrokerageRequests.Nodes;
        Mine = all.Where(r => r.RequestedBy.Id == me || r.OnBehalfOf?.Member?.Id == me).ToList();
        InvitedTo = all.Where(r => !Mine.Contains(r) && r.Invites.Any(i => i.Broker.Member.Id == me)).ToList();
        Others = all.Where(r => !Mine.Contains(r) && !InvitedTo.Contains(r)).ToList();
    }

    public string MyInvite(BrokerageRequestSummary request)
        => BrokerageWords.Invite(request.Invites.First(i => i.Broker.Member.Id == Data.Me?.Id).Status);
}
