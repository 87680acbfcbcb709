using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Timebanks;

/// <summary>What the timebankListings operation answers: the timebank's open offers and requests, and who is asking.</summary>
public sealed record ListingsData(
    MemberRefId? Me, ListingsOrganisation? Organisation, ListingsTimebank? Timebank, ListingsPage? Offers, ListingsPage? Requests);

public sealed record MemberRefId(string Id);

public sealed record ListingsOrganisation(string Id, string Name, string TimeZone);

public sealed record ListingsTimebank(IReadOnlyList<CategoryView> Categories);

public sealed record ListingsPage(int TotalCount, IReadOnlyList<ListingView> Nodes);

public sealed record ListingView(string Id, string Title, string? Details, string? Area, string PostedAt, CategoryRef? Category, MemberRef Member);

public sealed record CategoryRef(string Id, string Name);

public sealed record ListingPayload(ListingRef? Listing, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record ListingRef(string Id, string? Title);

/// <summary>One of the page's two lists, for the shared partial.</summary>
public sealed record ListingList(string Heading, string Anchor, ListingsPage Page, ListingsModel Owner);
