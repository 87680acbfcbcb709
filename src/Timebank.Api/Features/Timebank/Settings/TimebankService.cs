using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.Caching;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

/// <summary>
/// The timebank of an organisation: its settings (opened with its ledger and pool the first time hours are used
/// there), its members' hours accounts, and who asks as a member or coordinator of it.
/// </summary>
public sealed class TimebankService(
    IDbContextFactory<TimebankDbContext> databases,
    Viewer viewer,
    LedgerAccounts accounts,
    LookupCache cache,
    IClock clock)
{
    /// <summary>The timebank of an organisation, opening its ledger and pool the first time hours are used there.</summary>
    public Task<TimebankSettings> TimebankAsync(Id<Organisation> organisationId, CancellationToken cancellationToken)
        => cache.GetOrLoadAsync(SettingsKey(organisationId), LookupCache.Changeable, () => OpenTimebankAsync(organisationId, cancellationToken));

    public static (string, Id<Organisation>) SettingsKey(Id<Organisation> organisation) => ("timebank", organisation);

    /// <summary>An open timebank's settings, through the same cache entry <see cref="TimebankAsync"/> fills.</summary>
    public static Task<TimebankSettings> CachedSettingsAsync(LookupCache cache, IDbContextFactory<TimebankDbContext> databases, Id<Organisation> organisation, CancellationToken cancellationToken)
        => cache.GetOrLoadAsync(SettingsKey(organisation), LookupCache.Changeable, async () =>
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            return await db.Set<TimebankSettings>().AsNoTracking().SingleAsync(t => t.OrganisationId == organisation, cancellationToken);
        });

    private async Task<TimebankSettings> OpenTimebankAsync(Id<Organisation> organisationId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.Set<TimebankSettings>().AsNoTracking().FirstOrDefaultAsync(t => t.OrganisationId == organisationId, cancellationToken) is { } existing)
            return existing;
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
            ?? throw new DomainException(new NotFound("organisation"));
        var (settings, ledgerRow, pool, general) = TimebankSettings.Open(organisation, clock.GetCurrentInstant());
        db.AddRange(ledgerRow, pool, general, settings);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return settings;
        }
        catch (DbUpdateException)
        {
            // Opened by a request racing this one.
            await using var again = await databases.CreateDbContextAsync(cancellationToken);
            return await again.Set<TimebankSettings>().AsNoTracking().SingleAsync(t => t.OrganisationId == organisationId, cancellationToken);
        }
    }

    /// <summary>A member's hours account, opened with the timebank's default limits the first time it is needed.</summary>
    public Task<Id<Account>> MemberAccountAsync(TimebankSettings settings, Id<Member> member, string field, CancellationToken cancellationToken)
        => accounts.OfAsync(settings.LedgerId, TimebankLedger.MemberHours, member.Value, OpenMemberAccounts(settings, field), cancellationToken);

    /// <summary>The hours accounts of many members at once (an import names thousands): one query, and one write for the missing.</summary>
    public async Task<IReadOnlyDictionary<Id<Member>, Id<Account>>> MemberAccountsAsync(
        TimebankSettings settings, IReadOnlyCollection<Id<Member>> members, string field, CancellationToken cancellationToken)
        => (await accounts.OfManyAsync(settings.LedgerId, TimebankLedger.MemberHours, members.Select(m => m.Value).ToList(), OpenMemberAccounts(settings, field), cancellationToken))
            .ToDictionary(a => Id<Member>.From(a.Key), a => a.Value);

    /// <summary>
    /// Only active members have an account. The default limits are read in the transaction that opens the accounts:
    /// a cached copy may predate a change another API process made.
    /// </summary>
    private AccountOpening OpenMemberAccounts(TimebankSettings settings, string field) => async (db, ledger, missing, cancellationToken) =>
    {
        var members = missing.Select(Id<Member>.From).ToList();
        var active = await db.Memberships.Where(m => m.OrganisationId == settings.OrganisationId && m.Status == MembershipStatus.Active && members.Contains(m.MemberId))
            .Select(m => m.MemberId).ToListAsync(cancellationToken);
        if (active.Count < members.Count)
            throw new DomainException(new ValidationFailed(field, "is not an active member of this timebank"));
        var current = await db.Set<TimebankSettings>().AsNoTracking().SingleAsync(s => s.OrganisationId == settings.OrganisationId, cancellationToken);
        var now = clock.GetCurrentInstant();
        return members.ConvertAll(member => current.OpenMemberAccount(ledger, member, now));
    };

    public async Task<TimebankSettings> ConfigureAsync(ConfigureTimebankInput input, CancellationToken cancellationToken)
    {
        var (settings, _) = await CoordinatorOfTimebankAsync(input.OrganisationId, "configure the timebank", cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        settings = await db.Set<TimebankSettings>().SingleAsync(t => t.OrganisationId == settings.OrganisationId, cancellationToken);
        // Only what was sent changes: a field left out keeps its value, an explicit null clears a limit.
        settings.Configure(
            new BalanceLimits(input.MemberFloor.Or(settings.MemberFloor), input.MemberCeiling.Or(settings.MemberCeiling),
                input.MemberWarnBelow.Or(settings.MemberWarnBelow), input.MemberWarnAbove.Or(settings.MemberWarnAbove)),
            input.ConfirmationDays ?? settings.ConfirmationDays, input.TimeZone ?? settings.TimeZone);
        await db.SaveChangesAsync(cancellationToken);
        cache.Forget(SettingsKey(settings.OrganisationId));
        return settings;
    }

    /// <summary>A coordinator adds someone who has no email or internet; exchanges are then recorded for them.</summary>
    public async Task<Member> AddAssistedMemberAsync(AddAssistedMemberInput input, CancellationToken cancellationToken)
    {
        var (settings, coordinator) = await CoordinatorOfTimebankAsync(input.OrganisationId, "add members", cancellationToken);
        var now = clock.GetCurrentInstant();
        var member = Member.Assisted(DisplayName.Parse(input.DisplayName), now);
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == settings.OrganisationId, cancellationToken);
            db.Members.Add(member);
            db.Memberships.Add(organisation.Enrol(member.Id, coordinator, now));
            await db.SaveChangesAsync(cancellationToken);
        }
        await MemberAccountAsync(settings, member.Id, "organisationId", cancellationToken);
        return member;
    }

    public async Task<(TimebankSettings Settings, Membership Membership)> MemberOfTimebankAsync(string organisationGlobalId, CancellationToken cancellationToken)
    {
        var organisation = GlobalId.Parse<Organisation>(organisationGlobalId, "Organisation", "organisationId");
        var membership = await viewer.MembershipInAsync(organisation);
        if (membership is not { IsActive: true })
            throw new DomainException(new NotFound("organisation", organisationGlobalId));
        return (await TimebankAsync(organisation, cancellationToken), membership);
    }

    public async Task<(TimebankSettings Settings, Membership Membership)> CoordinatorOfTimebankAsync(string organisationGlobalId, string forWhat, CancellationToken cancellationToken)
    {
        var (settings, _) = await MemberOfTimebankAsync(organisationGlobalId, cancellationToken);
        var coordinator = await viewer.RequireRoleAsync(settings.OrganisationId, Roles.Coordinator, forWhat);
        return (settings, coordinator);
    }

    /// <summary>An active category of the timebank; the timebank's default when none is given.</summary>
    public async Task<Id<Category>> ActiveCategoryAsync(TimebankSettings settings, string? categoryGlobalId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(categoryGlobalId))
            return settings.DefaultCategoryId;
        var organisation = settings.OrganisationId;
        var id = GlobalId.Parse<Category>(categoryGlobalId, "Category", "categoryId");
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Set<Category>().AnyAsync(c => c.Id == id && c.OrganisationId == organisation && c.Active, cancellationToken)
            ? id
            : throw new DomainException(new ValidationFailed("categoryId", "is not an active category of this timebank"));
    }
}
