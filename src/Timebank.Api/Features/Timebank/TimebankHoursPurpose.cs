using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Caching;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

/// <summary>
/// A timebank's hours ledger: minutes; each member's hours account and the timebank's pool; dates in the
/// timebank's time zone; lines read as exchanges; a member reads their own account and the pool, a coordinator all.
/// </summary>
public sealed class TimebankHoursPurpose(IDbContextFactory<TimebankDbContext> databases, LookupCache cache) : ILedgerPurpose
{
    public LedgerPurpose Purpose => TimebankLedger.Hours;

    public LedgerUnit Unit => TimebankLedger.Unit;

    public IReadOnlyList<LedgerAccountKind> AccountKinds { get; } =
    [
        new(TimebankLedger.MemberHours, "MEMBER_HOURS", AccountOwner.Member),
        new(TimebankLedger.Pool, "TIMEBANK_POOL", AccountOwner.Organisation),
        new(TimebankLedger.OrganisationHours, "ORGANISATION_HOURS", AccountOwner.Organisation),
    ];

    public Roles Administrators => Roles.Coordinator;

    public string Readers => "your own, your timebank's pool, or (coordinators) any in your timebank";

    public bool CanRead(Account account, Id<Member> viewer, Membership membership)
        => account.Kind == TimebankLedger.Pool || (account.Kind == TimebankLedger.MemberHours && account.OwnerId == viewer.Value);

    /// <summary>The timebank's own zone, from the settings every request already caches.</summary>
    public async Task<DateTimeZone> ZoneAsync(LedgerOwner ledger, CancellationToken cancellationToken)
        => (await TimebankService.CachedSettingsAsync(cache, databases, ledger.OrganisationId, cancellationToken)).TimeZone;

    public Task<IReadOnlyDictionary<Id<Transfer>, string>> DescribeAsync(IReadOnlyCollection<Id<Transfer>> transfers, CancellationToken cancellationToken)
        => ExchangeDescriber.DescribeAsync(databases, transfers, cancellationToken);
}
