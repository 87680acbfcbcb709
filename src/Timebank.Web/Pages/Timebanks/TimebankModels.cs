using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Timebanks;

/// <summary>What the timebank, organisation and statement operations answer, as the member's pages read them.</summary>
public sealed record TimebankView(
    OrganisationRef Organisation, AccountView? ViewerAccount, string TimeZone, IReadOnlyList<CategoryView> Categories,
    Connection<ExchangeView> Exchanges);

public sealed record OrganisationRef(string Id, string Name, ViewerRoles? ViewerMembership = null)
{
    public bool ViewerCoordinates => ViewerMembership?.Coordinates == true;
}

public sealed record ViewerRoles(IReadOnlyList<string> Roles)
{
    /// <summary>Coordinators and managers run the timebank; the API checks again on every operation.</summary>
    public bool Coordinates => Roles.Any(r => r is "COORDINATOR" or "MANAGER");
}

public sealed record AccountView(string Id, long Posted, long Available, long PendingDebits, long PendingCredits, long? Floor, long? WarnBelow, MemberRef? Member);

public sealed record MemberRef(string Id, string DisplayName);

public sealed record CategoryView(string Id, string Name, bool Active);

public sealed record ExchangeView(
    string Id, string Kind, string Status, long Minutes, string Description, string Date, string? ExpiresAt,
    MemberRef? Giver, MemberRef? Receiver, MemberRef? RecordedBy);

public sealed record ExchangePayload(ExchangeView? Exchange, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record StatementLine(long Sequence, string Date, string At, long Change, long BalanceAfter, string? Description);

public sealed record StatementEdge(string Cursor, StatementLine Node);

public sealed record StatementPage(int TotalCount, PageInfo PageInfo, IReadOnlyList<StatementEdge> Edges);

public sealed record OrganisationMembers(string Id, string Name, MembersPage? Members);

public sealed record MembersPage(int TotalCount, IReadOnlyList<MemberEdge> Edges);

public sealed record MemberEdge(MemberOfOrganisation Node);

public sealed record MemberOfOrganisation(string Id, string Status, MemberRef Member);
