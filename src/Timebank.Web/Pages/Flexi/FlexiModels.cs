using Timebank.Web.GraphQL;
using Timebank.Web.Pages.Timebanks;

namespace Timebank.Web.Pages.Flexi;

/// <summary>What the provider, budget and booking operations answer, as a customer's pages read them.</summary>
public sealed record ProviderData(ProviderOrganisation? Organisation, IReadOnlyList<ServiceRef> FlexiServices);

public sealed record ProviderOrganisation(string Id, string Name, string Kind, ViewerRoles? ViewerMembership);

public sealed record ServiceRef(string Id, string Name);

public sealed record BudgetData(ServiceView? FlexiService, BudgetView? CustomerBudget, IReadOnlyList<SessionView> SupportSessions, IReadOnlyList<PurchaseView> Purchases);

public sealed record ServiceView(string Id, string Name, string TimeZone, string SpendingGuidance, OrganisationRef Provider);

public sealed record BudgetView(PeriodView CurrentPeriod, Balance SupportMinutes, Balance Cash, string CashHolding);

public sealed record PeriodView(string FirstDay, string LastDay);

public sealed record Balance(long Available, long Posted, long PendingDebits);

public sealed record SessionView(string Id, string Start, long Minutes, string Status, string Where, string? PlaceName, MemberRef Worker);

public sealed record PurchaseView(string Id, long Pence, long SpentPence, string Status, string Category, string Supplier, string Description, string? ReceiptReference, string? ExpiresAt);

public sealed record StaffView(string Id, string? Background, IReadOnlyList<string> Skills, IReadOnlyList<string> Interests, IReadOnlyList<string> Languages, MemberRef Member);

public sealed record FlexiPayload(IReadOnlyList<UserError> Errors) : IPayload;
