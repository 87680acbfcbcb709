using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed record CategoryTotal(Id<Category>? CategoryId, int ExchangeCount, long Minutes);

/// <summary>One calendar month of a report (its first day names it), counting the exchanges given in it.</summary>
public sealed record MonthTotal(LocalDate Month, int ExchangeCount, long Minutes);

public sealed record AccountAlert(Account Account, bool BelowSoftFloor);

/// <summary>What coordinators report to funders for a range of days: hours exchanged, who took part, by category.</summary>
public sealed record TimebankReport(
    LocalDate From,
    LocalDate To,
    int ExchangeCount,
    long MinutesExchanged,
    int ActiveMembers,
    int AwaitingConfirmation,
    IReadOnlyList<CategoryTotal> ByCategory,
    IReadOnlyList<AccountAlert> MembersNearFloor,
    IReadOnlyList<MonthTotal> ByMonth);
