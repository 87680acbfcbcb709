using Timebank.Web.GraphQL;
using Timebank.Web.Pages.Timebanks;

namespace Timebank.Web.Pages.Brokerage;

/// <summary>The timebank as the brokerage pages read it: who is asking, and whether they broker or coordinate there.</summary>
public sealed record BrokerageOrganisation(string Id, string Name, string TimeZone, ViewerRoles? ViewerMembership)
{
    public bool IsMember => ViewerMembership is not null;

    public bool IsBroker => ViewerMembership?.Roles.Contains("BROKER") == true;

    public bool Coordinates => ViewerMembership?.Coordinates == true;
}

/// <summary>What the brokeragePage operation answers: the requests this person may read in the timebank.</summary>
public sealed record BrokeragePageData(MemberRefId? Me, BrokerageOrganisation? Organisation, BrokerageRequestList? BrokerageRequests);

public sealed record BrokerageRequestList(int TotalCount, IReadOnlyList<BrokerageRequestSummary> Nodes);

public sealed record BrokerageRequestSummary(
    string Id, string State, string WhatToArrange, string Area, string RequestedOn, MemberRef RequestedBy, MemberRef? ChosenBroker,
    SupportedPersonView? OnBehalfOf, IReadOnlyList<InviteSummary> Invites);

public sealed record InviteSummary(string Status, BrokerMemberRef Broker);

public sealed record BrokerMemberRef(MemberRefId Member);

/// <summary>What the brokerageRequestPage operation answers: one request, and the brokers it may go to.</summary>
public sealed record BrokerageRequestPageData(MemberRefId? Me, BrokerageOrganisation? Organisation, BrokerageRequestView? Node);

public sealed record BrokerageRequestView(
    string? Id, string State, string WhatToArrange, string Area, string? PreferredLanguage, string? PreferredFormat, bool JudgedIneligible,
    bool InvolvesAdultAtRisk, string RequestedOn, long LoggedMinutes, string? Outcome, string? OutcomeNote, long? MinutesGiven,
    MemberRefId Organisation, MemberRef RequestedBy, MemberRef? ChosenBroker, SupportedPersonView? OnBehalfOf,
    IReadOnlyList<InviteView> Invites, IReadOnlyList<SessionView> Sessions, BrokerPage? MatchingBrokers);

public sealed record SupportedPersonView(string Name, string? ConsentGivenOn, string? HowConsentWasGiven, MemberRefId? Member);

public sealed record InviteView(string Status, string? Note, BrokerRef Broker);

public sealed record BrokerRef(string Id, MemberRef Member);

public sealed record SessionView(string Date, long Minutes, string? Note);

public sealed record BrokerPage(int TotalCount, IReadOnlyList<BrokerView> Nodes);

public sealed record BrokerView(
    string Id, MemberRef Member, string? Bio, IReadOnlyList<string> Skills, IReadOnlyList<string> Languages, IReadOnlyList<string> AreasServed,
    IReadOnlyList<string> Formats, string? Availability, string? LivedExperience, bool CheckInDate, IReadOnlyList<AccreditationName> Accreditations);

public sealed record AccreditationName(string Name);

public sealed record BrokerageRequestPayload(BrokerageRequestRef? BrokerageRequest, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record BrokerageRequestRef(string Id, string State, MemberRef? ChosenBroker);

public sealed record CloseBrokeragePayload(BrokerageRequestRef? BrokerageRequest, ExchangeRef? Exchange, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record ExchangeRef(string Id, long Minutes);

/// <summary>One of the brokerage page's lists, for the shared partial; <see cref="Invitation"/> is set for a broker's list.</summary>
public sealed record RequestTable(
    string Caption, IReadOnlyList<BrokerageRequestSummary> Requests, string OrganisationId, Func<BrokerageRequestSummary, string>? Invitation, string Empty);
