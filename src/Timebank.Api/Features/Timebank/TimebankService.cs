using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.Caching;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

/// <summary>A soft limit crossed by a transfer that was made: the member or coordinator should know.</summary>
public sealed record BalanceWarning(Id<Account> AccountId, string Code, long Balance, long Threshold);

public sealed record ExchangesRecorded(IReadOnlyList<Id<Exchange>> ExchangeIds, IReadOnlyList<BalanceWarning> Warnings);

public sealed record AccountChanged(Id<Account> AccountId);

/// <summary>
/// Timebank operations. Each checks who is asking and what they may do, prepares a ledger command, and hands it to
/// the ledger (through <see cref="IdempotentLedger"/> when it moves hours). The hours rules live in the domain:
/// <see cref="ExchangeRules"/>, <see cref="TimebankSettings"/> and the <see cref="LedgerBook"/>.
/// </summary>
public sealed class TimebankService(
    IDbContextFactory<TimebankDbContext> databases,
    Viewer viewer,
    IdempotentLedger ledger,
    LedgerWriter writer,
    LookupCache cache,
    ByIdLoader<Exchange> exchanges,
    LimitRefusals refusals,
    IClock clock)
{
    public const int MaxGroupSize = 50;

    // Exchanges this request's commands wrote, handed to the loader so the payload needs no query to show them.
    private readonly List<Exchange> _written = [];

    // The accounts the operation being prepared names, and its exchange, so its refusals can be put in the asker's terms.
    private readonly List<Party> _parties = [];
    private Id<Exchange>? _resolving;

    public Task<ExchangesRecorded> RecordExchangeAsync(RecordExchangeInput input, CancellationToken cancellationToken)
        => IdempotentAsync("recordExchange", input.IdempotencyKey, input with { IdempotencyKey = null }, async actor =>
        {
            var (settings, membership) = await MemberOfTimebankAsync(input.OrganisationId, cancellationToken);
            var giver = GlobalId.Parse<Member>(input.GiverId, "Member", "giverId");
            var receiver = GlobalId.Parse<Member>(input.ReceiverId, "Member", "receiverId");
            var recording = ExchangeRules.Decide(actor, membership.Has(Roles.Coordinator), giver, receiver);
            var minutes = Amount.Of(input.Minutes, "minutes");
            var description = Exchange.ParseDescription(input.Description);
            var date = Exchange.ParseDate(input.Date, settings.Today(clock.GetCurrentInstant()));
            var category = await ActiveCategoryAsync(settings, input.CategoryId, cancellationToken);
            var giverAccount = await MemberAccountAsync(settings, giver, "giverId", cancellationToken);
            var receiverAccount = await MemberAccountAsync(settings, receiver, "receiverId", cancellationToken);
            var visible = Visible(actor, membership, (giver, giverAccount), (receiver, receiverAccount));
            Name(actor, membership, (giverAccount, "giverId", "giver", giver, null), (receiverAccount, "receiverId", "receiver", receiver, null));

            return Command([giverAccount, receiverAccount], (book, now, inserts) =>
            {
                var exchange = ExchangeBooking.Book(book, settings, recording, new Participant(giver, giverAccount), new Participant(receiver, receiverAccount),
                    minutes, description, category, date, actor, now);
                inserts.Add(exchange);
                return new ExchangesRecorded([exchange.Id], Warnings(book, visible));
            }, settings: settings);
        }, cancellationToken);

    /// <summary>One session given to many, or many giving to one, moved together or not at all.</summary>
    public Task<ExchangesRecorded> RecordGroupExchangeAsync(RecordGroupExchangeInput input, CancellationToken cancellationToken)
        => IdempotentAsync("recordGroupExchange", input.IdempotencyKey, input with { IdempotencyKey = null }, async actor =>
        {
            var (settings, membership) = await MemberOfTimebankAsync(input.OrganisationId, cancellationToken);
            var givers = EachOnce(input.GiverIds, "giverIds");
            var receivers = EachOnce(input.ReceiverIds, "receiverIds");
            if (givers.Count == 0 || receivers.Count == 0 || (givers.Count > 1 && receivers.Count > 1))
                throw new DomainException(new ValidationFailed("giverIds", "a group exchange is one giver to many receivers, or many givers to one receiver"));
            if (givers.Count + receivers.Count > MaxGroupSize + 1)
                throw new DomainException(new ValidationFailed("receiverIds", $"a group holds at most {MaxGroupSize} people on its larger side"));
            if (receivers.FindIndex(givers.Contains) is var both and >= 0)
                throw new DomainException(new ValidationFailed($"receiverIds[{both}]", "nobody can be both giver and receiver"));
            // Linked transfers post at once, so only someone who may post them all records the group.
            if (!membership.Has(Roles.Coordinator) && !(receivers.Count == 1 && receivers[0] == actor))
                throw new DomainException(new NotAllowed("A coordinator records group exchanges (or the one receiver, when many gave to them)."));
            var minutes = Amount.Of(input.Minutes, "minutes");
            var description = Exchange.ParseDescription(input.Description);
            var date = Exchange.ParseDate(input.Date, settings.Today(clock.GetCurrentInstant()));
            var category = await ActiveCategoryAsync(settings, input.CategoryId, cancellationToken);
            var accounts = new Dictionary<Id<Member>, Id<Account>>();
            var named = new List<(Id<Account>, string, string, Id<Member>?, int?)>();
            foreach (var (side, field, role) in new[] { (givers, "giverIds", "giver"), (receivers, "receiverIds", "receiver") })
            {
                for (var i = 0; i < side.Count; i++)
                {
                    accounts[side[i]] = await MemberAccountAsync(settings, side[i], $"{field}[{i}]", cancellationToken);
                    named.Add((accounts[side[i]], $"{field}[{i}]", role, side[i], side.Count > 1 ? i : null));
                }
            }
            var pairs = givers.SelectMany(g => receivers.Select(r => (Giver: g, Receiver: r))).ToList();
            var visible = Visible(actor, membership, accounts.Select(a => (a.Key, a.Value)).ToArray());
            Name(actor, membership, [.. named]);

            return Command(accounts.Values.ToList(), (book, now, inserts) =>
            {
                var transfers = book.PostLinked(
                    pairs.Select(p => new TransferOrder(accounts[p.Receiver], accounts[p.Giver], minutes, (int)ExchangeKind.GroupExchange, date)).ToList(), now);
                var group = transfers[0].LinkId;
                var exchanges = pairs.Zip(transfers, (pair, transfer) => Exchange.Record(ExchangeKind.GroupExchange, settings.OrganisationId,
                    pair.Giver, pair.Receiver, minutes, description, category, date, actor, now, transfer.Id, groupId: group)).ToList();
                foreach (var exchange in exchanges)
                    inserts.Add(exchange);
                return new ExchangesRecorded(exchanges.ConvertAll(e => e.Id), Warnings(book, visible));
            }, settings: settings);
        }, cancellationToken);

    /// <summary>The receiver confirms an exchange the giver recorded: the held hours are posted (in full, or fewer).</summary>
    public Task<ExchangesRecorded> ConfirmExchangeAsync(ConfirmExchangeInput input, CancellationToken cancellationToken)
        => IdempotentAsync("confirmExchange", input.IdempotencyKey, input with { IdempotencyKey = null }, async actor =>
        {
            var (exchange, settings, membership) = await ExchangeForMemberAsync(input.ExchangeId, cancellationToken);
            ExchangeRules.RequireMayConfirm(exchange, actor, membership.Has(Roles.Coordinator));
            await RequireHeldAsync(exchange, cancellationToken);
            long? minutes = input.Minutes is { } fewer ? Amount.Of(fewer, "minutes").Value : null;
            var visible = await VisibleForExchangeAsync(actor, membership, settings, exchange, cancellationToken);
            return Command([], (book, now, _) =>
            {
                book.PostHold(exchange.TransferId, minutes, now);
                return new ExchangesRecorded([exchange.Id], Warnings(book, visible));
            }, holds: [exchange.TransferId]);
        }, cancellationToken);

    public Task<ExchangesRecorded> DeclineExchangeAsync(DeclineExchangeInput input, CancellationToken cancellationToken)
        => IdempotentAsync("declineExchange", input.IdempotencyKey, input with { IdempotencyKey = null }, async actor =>
        {
            var (exchange, _, membership) = await ExchangeForMemberAsync(input.ExchangeId, cancellationToken);
            ExchangeRules.RequireMayDecline(exchange, actor, membership.Has(Roles.Coordinator));
            await RequireHeldAsync(exchange, cancellationToken);
            return Command([], (book, now, _) =>
            {
                book.VoidHold(exchange.TransferId, now);
                return new ExchangesRecorded([exchange.Id], []);
            }, holds: [exchange.TransferId]);
        }, cancellationToken);

    /// <summary>A member gives hours to the timebank's pool, for others who need them.</summary>
    public Task<ExchangesRecorded> DonateHoursAsync(DonateHoursInput input, CancellationToken cancellationToken)
        => IdempotentAsync("donateHours", input.IdempotencyKey, input with { IdempotencyKey = null }, async actor =>
        {
            var (settings, membership) = await MemberOfTimebankAsync(input.OrganisationId, cancellationToken);
            var minutes = Amount.Of(input.Minutes, "minutes");
            var note = Text.Optional(input.Note, "note", Exchange.DescriptionMaxLength) ?? "Donation to the pool";
            var account = await MemberAccountAsync(settings, actor, "organisationId", cancellationToken);
            var visible = Visible(actor, membership, (actor, account));
            Name(actor, membership, (account, "minutes", "giver", actor, null), (settings.PoolAccountId, "minutes", "pool", null, null));
            return Command([account, settings.PoolAccountId], (book, now, inserts) =>
            {
                var transfer = book.Post(new TransferOrder(account, settings.PoolAccountId, minutes, (int)ExchangeKind.Donation, settings.Today(now)), now);
                var exchange = Exchange.Record(ExchangeKind.Donation, settings.OrganisationId, giver: null, receiver: actor, minutes, note, null,
                    settings.Today(now), actor, now, transfer.Id);
                inserts.Add(exchange);
                return new ExchangesRecorded([exchange.Id], Warnings(book, visible));
            }, settings: settings);
        }, cancellationToken);

    /// <summary>A coordinator gives a member hours from the pool (welcome hours, hours for someone in need).</summary>
    public Task<ExchangesRecorded> GrantHoursAsync(GrantHoursInput input, CancellationToken cancellationToken)
        => IdempotentAsync("grantHours", input.IdempotencyKey, input with { IdempotencyKey = null }, async actor =>
        {
            var (settings, coordinator) = await CoordinatorOfTimebankAsync(input.OrganisationId, "grant hours", cancellationToken);
            var member = GlobalId.Parse<Member>(input.MemberId, "Member", "memberId");
            var minutes = Amount.Of(input.Minutes, "minutes");
            var reason = Text.Required(input.Reason, "reason", Exchange.DescriptionMaxLength);
            var account = await MemberAccountAsync(settings, member, "memberId", cancellationToken);
            Name(actor, coordinator, (settings.PoolAccountId, "minutes", "pool", null, null), (account, "memberId", "member", member, null));
            return Command([settings.PoolAccountId, account], (book, now, inserts) =>
            {
                var transfer = book.Post(new TransferOrder(settings.PoolAccountId, account, minutes, (int)ExchangeKind.Grant, settings.Today(now)), now);
                var exchange = Exchange.Record(ExchangeKind.Grant, settings.OrganisationId, giver: member, receiver: null, minutes, reason, null,
                    settings.Today(now), actor, now, transfer.Id);
                inserts.Add(exchange);
                return new ExchangesRecorded([exchange.Id], Warnings(book, [account, settings.PoolAccountId]));
            }, settings: settings);
        }, cancellationToken);

    /// <summary>A coordinator corrects a mistake: a new transfer the other way, pointing at the original.</summary>
    public Task<ExchangesRecorded> ReverseTransferAsync(ReverseTransferInput input, CancellationToken cancellationToken)
        => IdempotentAsync("reverseTransfer", input.IdempotencyKey, input with { IdempotencyKey = null }, async actor =>
        {
            var transferId = GlobalId.Parse<Transfer>(input.TransferId, "Transfer", "transferId");
            var reason = Text.Required(input.Reason, "reason", Exchange.DescriptionMaxLength);
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var transfer = await db.Set<Transfer>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == transferId, cancellationToken);
            var settings = transfer is null ? null : await db.Set<TimebankSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.LedgerId == transfer.LedgerId, cancellationToken);
            if (transfer is null || settings is null || !await viewer.IsActiveMemberOfAsync(settings.OrganisationId))
                throw new DomainException(new NotFound("transfer", input.TransferId));
            var coordinator = await viewer.RequireRoleAsync(settings.OrganisationId, Roles.Coordinator, "reverse transfers");
            var original = await db.Set<Exchange>().AsNoTracking()
                .FirstOrDefaultAsync(e => e.TransferId == transfer.Id || (transfer.PendingId != null && e.TransferId == transfer.PendingId), cancellationToken);
            // The reversal takes back from whoever was credited (the giver) and returns to whoever was debited.
            Name(actor, coordinator, (transfer.CreditAccountId, "transferId", "giver", original?.GiverId, null), (transfer.DebitAccountId, "transferId", "receiver", original?.ReceiverId, null));
            return Command([], (book, now, inserts) =>
            {
                var reversal = book.Reverse(transferId, (int)ExchangeKind.Reversal, now, settings.Today(now));
                var exchange = Exchange.Record(ExchangeKind.Reversal, settings.OrganisationId, original?.ReceiverId, original?.GiverId,
                    Amount.Of(reversal.Amount, "amount"), reason, original?.CategoryId, settings.Today(now), actor, now, reversal.Id, reverses: original?.Id);
                inserts.Add(exchange);
                return new ExchangesRecorded([exchange.Id], Warnings(book, [reversal.DebitAccountId, reversal.CreditAccountId]));
            }, reversals: [transferId], settings: settings);
        }, cancellationToken);

    /// <summary>A coordinator sets an account's hard and soft limits (e.g. a floor of -10 hours).</summary>
    public async Task<AccountChanged> SetBalanceLimitsAsync(SetBalanceLimitsInput input, CancellationToken cancellationToken)
    {
        await viewer.RequireIdAsync();
        var accountId = GlobalId.Parse<Account>(input.AccountId, "Account", "accountId");
        var limits = new BalanceLimits(input.Floor, input.Ceiling, input.WarnBelow, input.WarnAbove).Validated();
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            var organisation = await (from account in db.Set<Account>()
                                      join settings in db.Set<TimebankSettings>() on account.LedgerId equals settings.LedgerId
                                      where account.Id == accountId
                                      select (Id<Organisation>?)settings.OrganisationId).FirstOrDefaultAsync(cancellationToken);
            if (organisation is null || !await viewer.IsActiveMemberOfAsync(organisation.Value))
                throw new DomainException(new NotFound("account", input.AccountId));
            await viewer.RequireRoleAsync(organisation.Value, Roles.Coordinator, "set balance limits");
        }
        return await writer.SubmitAsync(Command([accountId], (book, _, _) =>
        {
            book.SetLimits(accountId, limits);
            return new AccountChanged(accountId);
        }), idempotency: null, cancellationToken);
    }

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

    public async Task<Category> CreateCategoryAsync(CreateCategoryInput input, CancellationToken cancellationToken)
    {
        var (settings, _) = await CoordinatorOfTimebankAsync(input.OrganisationId, "manage categories", cancellationToken);
        var category = Category.Create(settings.OrganisationId, input.Name);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.Set<Category>().AnyAsync(c => c.OrganisationId == settings.OrganisationId && c.Name == category.Name, cancellationToken))
            throw new DomainException(new ValidationFailed("name", "another category already has this name"));
        db.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return category;
    }

    public async Task<Category> UpdateCategoryAsync(UpdateCategoryInput input, CancellationToken cancellationToken)
    {
        await viewer.RequireIdAsync();
        var id = GlobalId.Parse<Category>(input.CategoryId, "Category", "categoryId");
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var category = await db.Set<Category>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null || !await viewer.IsActiveMemberOfAsync(category.OrganisationId))
            throw new DomainException(new NotFound("category", input.CategoryId));
        await viewer.RequireRoleAsync(category.OrganisationId, Roles.Coordinator, "manage categories");
        if (input.Name is not null)
            category.Rename(input.Name);
        if (input.Active is { } active)
            category.SetActive(active);
        await db.SaveChangesAsync(cancellationToken);
        return category;
    }

    public async Task<Listing> PostListingAsync(ListingKind kind, PostListingInput input, CancellationToken cancellationToken)
    {
        var (settings, membership) = await MemberOfTimebankAsync(input.OrganisationId, cancellationToken);
        var category = string.IsNullOrEmpty(input.CategoryId) ? (Id<Category>?)null : await ActiveCategoryAsync(settings, input.CategoryId, cancellationToken);
        var listing = Listing.Post(settings.OrganisationId, membership.MemberId, kind, input.Title, input.Details, category, input.Area, clock.GetCurrentInstant());
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.Add(listing);
        await db.SaveChangesAsync(cancellationToken);
        return listing;
    }

    public async Task<Listing> WithdrawListingAsync(WithdrawListingInput input, CancellationToken cancellationToken)
    {
        var actor = await viewer.RequireIdAsync();
        var id = GlobalId.Parse<Listing>(input.ListingId, "Listing", "listingId");
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var listing = await db.Set<Listing>().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        var membership = listing is null ? null : await viewer.MembershipInAsync(listing.OrganisationId);
        if (listing is null || membership is not { IsActive: true })
            throw new DomainException(new NotFound("listing", input.ListingId));
        listing.Withdraw(actor, membership.Has(Roles.Coordinator), clock.GetCurrentInstant());
        await db.SaveChangesAsync(cancellationToken);
        return listing;
    }

    /// <summary>The timebank of an organisation, opening its ledger and pool the first time hours are used there.</summary>
    public Task<TimebankSettings> TimebankAsync(Id<Organisation> organisationId, CancellationToken cancellationToken)
        => cache.GetOrLoadAsync(SettingsKey(organisationId), LookupCache.Changeable, () => OpenTimebankAsync(organisationId, cancellationToken));

    private static (string, Id<Organisation>) SettingsKey(Id<Organisation> organisation) => ("timebank", organisation);

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
        // An account, once opened, is the member's for good: its id is cached without expiry.
        => cache.GetOrLoadAsync(AccountKey(settings, member), lifetime: null,
            async () => (await FindOrOpenAccountsAsync(settings, [member], field, cancellationToken))[member]);

    /// <summary>
    /// The hours accounts of many members at once (an import names thousands): found in one query, the missing ones
    /// opened in one write, instead of a query and a commit for each.
    /// </summary>
    public async Task<IReadOnlyDictionary<Id<Member>, Id<Account>>> MemberAccountsAsync(
        TimebankSettings settings, IReadOnlyCollection<Id<Member>> members, string field, CancellationToken cancellationToken)
    {
        var accounts = await FindOrOpenAccountsAsync(settings, members, field, cancellationToken);
        foreach (var (member, account) in accounts)
            cache.Set(AccountKey(settings, member), account, lifetime: null);
        return accounts;
    }

    private static (string, Id<Domain.Ledger.Ledger>, Id<Member>) AccountKey(TimebankSettings settings, Id<Member> member) => ("account", settings.LedgerId, member);

    private async Task<Dictionary<Id<Member>, Id<Account>>> FindOrOpenAccountsAsync(
        TimebankSettings settings, IReadOnlyCollection<Id<Member>> members, string field, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var accounts = await FindMemberAccountsAsync(db, settings, members, cancellationToken);
        var missing = members.Where(m => !accounts.ContainsKey(m)).Distinct().ToList();
        if (missing.Count == 0)
            return accounts;
        var active = await db.Memberships.Where(m => m.OrganisationId == settings.OrganisationId && m.Status == MembershipStatus.Active && missing.Contains(m.MemberId))
            .Select(m => m.MemberId).ToListAsync(cancellationToken);
        if (active.Count < missing.Count)
            throw new DomainException(new ValidationFailed(field, "is not an active member of this timebank"));
        var ledgerRow = await db.Set<Domain.Ledger.Ledger>().AsNoTracking().SingleAsync(l => l.Id == settings.LedgerId, cancellationToken);
        var now = clock.GetCurrentInstant();
        // The default limits are read in the transaction that opens the accounts: a cached copy may predate a change another API process made.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await db.Set<TimebankSettings>().AsNoTracking().SingleAsync(s => s.OrganisationId == settings.OrganisationId, cancellationToken);
        var opened = missing.ToDictionary(member => member, member => current.OpenMemberAccount(ledgerRow, member, now));
        db.AddRange(opened.Values);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            foreach (var (member, account) in opened)
                accounts[member] = account.Id;
            return accounts;
        }
        catch (DbUpdateException)
        {
            // Someone opened one of them meanwhile: theirs is the member's account.
            await transaction.RollbackAsync(cancellationToken);
            await using var again = await databases.CreateDbContextAsync(cancellationToken);
            var found = await FindMemberAccountsAsync(again, settings, members, cancellationToken);
            return missing.All(found.ContainsKey) ? found : throw new InvalidOperationException("member account vanished");
        }
    }

    private static async Task<Dictionary<Id<Member>, Id<Account>>> FindMemberAccountsAsync(
        TimebankDbContext db, TimebankSettings settings, IReadOnlyCollection<Id<Member>> members, CancellationToken cancellationToken)
    {
        var owners = members.Select(m => m.Value).Distinct().ToList();
        var found = await db.Set<Account>().Where(a => a.LedgerId == settings.LedgerId && a.Kind == TimebankLedger.MemberHours && owners.Contains(a.OwnerId))
            .Select(a => new { a.OwnerId, a.Id }).ToListAsync(cancellationToken);
        return found.ToDictionary(a => Id<Member>.From(a.OwnerId), a => a.Id);
    }

    /// <summary>Every hours-moving operation: who asks, then the idempotency key, then the prepared command.</summary>
    private async Task<ExchangesRecorded> IdempotentAsync(string operation, string? key, object input,
        Func<Id<Member>, Task<LedgerCommand<ExchangesRecorded>>> prepare, CancellationToken cancellationToken)
    {
        var actor = await viewer.RequireIdAsync();
        _parties.Clear();
        _resolving = null;
        ExchangesRecorded result;
        try
        {
            result = await ledger.RunAsync<ExchangesRecorded>(IdempotentRequest.For(actor, key, operation, input), async () => await prepare(actor), cancellationToken);
        }
        catch (DomainException refused) when (refused.Error is LimitExceeded limit)
        {
            // Replays too: the stored refusal holds every fact, and is put in this asker's terms each time.
            throw new DomainException(await refusals.PresentAsync(limit, _parties, actor, cancellationToken));
        }
        catch (DomainException refused) when (refused.Error is HoldNotPending resolved && _resolving is { } exchange)
        {
            throw new DomainException(ExchangeResolved.As(exchange, resolved.State switch
            {
                "POSTED" => ExchangeStatus.Confirmed,
                "VOIDED" => ExchangeStatus.Declined,
                _ => ExchangeStatus.Expired,
            }));
        }
        foreach (var exchange in _written)
            exchanges.Prime(exchange.Id, exchange);
        return result;
    }

    /// <summary>Remembers the accounts the operation names, as the asker knows them; see <see cref="LimitRefusals"/>.</summary>
    private void Name(Id<Member> actor, Membership membership, params (Id<Account> Account, string Field, string Role, Id<Member>? Member, int? Position)[] accounts)
        => _parties.AddRange(accounts.Select(a => new Party(a.Account, a.Field, a.Role, a.Member,
            Readable: membership.Has(Roles.Coordinator) || a.Member is null || a.Member == actor, a.Position)));

    /// <summary>Members listed once each; a repeat is refused at its list position (a member given twice is not merged silently).</summary>
    private static List<Id<Member>> EachOnce(IReadOnlyList<string> ids, string field)
    {
        var members = new List<Id<Member>>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            var member = GlobalId.Parse<Member>(ids[i], "Member", $"{field}[{i}]");
            if (members.Contains(member))
                throw new DomainException(new ValidationFailed($"{field}[{i}]", $"names the same member as {field}[{members.IndexOf(member)}]; list each person once"));
            members.Add(member);
        }
        return members;
    }

    /// <summary>Only an exchange whose hours are held can be confirmed or declined; one posted when recorded says so.</summary>
    private async Task RequireHeldAsync(Exchange exchange, CancellationToken cancellationToken)
    {
        _resolving = exchange.Id;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var transfer = exchange.TransferId;
        if (await db.Set<Transfer>().AnyAsync(t => t.Id == transfer && t.Kind != TransferKind.Pending, cancellationToken))
            throw new DomainException(ExchangeResolved.PostedWhenRecorded(exchange.Id));
    }

    /// <summary>
    /// A ledger command; the exchanges it writes are remembered for the payload (see <see cref="_written"/>). One
    /// prepared from a timebank's <paramref name="settings"/> runs only while they still stand (<see cref="SettingsUnchanged"/>).
    /// </summary>
    private LedgerCommand<T> Command<T>(IReadOnlyCollection<Id<Account>> accounts, Func<LedgerBook, Instant, ICollection<object>, T> apply,
        IReadOnlyCollection<Id<Transfer>>? holds = null, IReadOnlyCollection<Id<Transfer>>? reversals = null, TimebankSettings? settings = null)
        where T : class
        => new(new LedgerNeeds(accounts, holds, reversals, settings is null ? null : [new SettingsUnchanged(settings, () => cache.Forget(SettingsKey(settings.OrganisationId)))]), (book, now, inserts) =>
        {
            var result = apply(book, now, inserts);
            _written.AddRange(inserts.OfType<Exchange>());
            return result;
        });

    private async Task<(TimebankSettings Settings, Membership Membership)> MemberOfTimebankAsync(string organisationGlobalId, CancellationToken cancellationToken)
    {
        var organisation = GlobalId.Parse<Organisation>(organisationGlobalId, "Organisation", "organisationId");
        var membership = await viewer.MembershipInAsync(organisation);
        if (membership is not { IsActive: true })
            throw new DomainException(new NotFound("organisation", organisationGlobalId));
        return (await TimebankAsync(organisation, cancellationToken), membership);
    }

    private async Task<(TimebankSettings Settings, Membership Membership)> CoordinatorOfTimebankAsync(string organisationGlobalId, string forWhat, CancellationToken cancellationToken)
    {
        var (settings, _) = await MemberOfTimebankAsync(organisationGlobalId, cancellationToken);
        var coordinator = await viewer.RequireRoleAsync(settings.OrganisationId, Roles.Coordinator, forWhat);
        return (settings, coordinator);
    }

    private async Task<(Exchange Exchange, TimebankSettings Settings, Membership Membership)> ExchangeForMemberAsync(string exchangeGlobalId, CancellationToken cancellationToken)
    {
        var id = GlobalId.Parse<Exchange>(exchangeGlobalId, "Exchange", "exchangeId");
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var exchange = await db.Set<Exchange>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        var membership = exchange is null ? null : await viewer.MembershipInAsync(exchange.OrganisationId);
        if (exchange is null || membership is not { IsActive: true })
            throw new DomainException(new NotFound("exchange", exchangeGlobalId));
        return (exchange, await TimebankAsync(exchange.OrganisationId, cancellationToken), membership);
    }

    /// <summary>An active category of the timebank; the timebank's default when none is given.</summary>
    private async Task<Id<Category>> ActiveCategoryAsync(TimebankSettings settings, string? categoryGlobalId, CancellationToken cancellationToken)
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

    private async Task<Id<Account>[]> VisibleForExchangeAsync(Id<Member> actor, Membership membership, TimebankSettings settings, Exchange exchange, CancellationToken cancellationToken)
    {
        var accounts = new List<(Id<Member>, Id<Account>)>();
        foreach (var (person, role) in new[] { (exchange.GiverId, "giver"), (exchange.ReceiverId, "receiver") })
        {
            if (person is not { } member)
                continue;
            accounts.Add((member, await MemberAccountAsync(settings, member, "exchangeId", cancellationToken)));
            Name(actor, membership, (accounts[^1].Item2, "exchangeId", role, member, null));
        }
        return Visible(actor, membership, [.. accounts]);
    }

    /// <summary>Warnings name balances, so a member hears only about their own account; a coordinator about all.</summary>
    private static Id<Account>[] Visible(Id<Member> actor, Membership membership, params (Id<Member> Member, Id<Account> Account)[] accounts)
        => accounts.Where(a => membership.Has(Roles.Coordinator) || a.Member == actor).Select(a => a.Account).ToArray();

    private static List<BalanceWarning> Warnings(LedgerBook book, IEnumerable<Id<Account>> accounts)
        => accounts.Distinct().Select(book.Account).Where(a => a.IsBeyondSoftLimit)
            .Select(a => a.Available < a.WarnBelow
                ? new BalanceWarning(a.Id, "BELOW_SOFT_FLOOR", a.Available, a.WarnBelow.Value)
                : new BalanceWarning(a.Id, "ABOVE_SOFT_CEILING", a.Posted + a.PendingCredits, a.WarnAbove!.Value))
            .ToList();
}
