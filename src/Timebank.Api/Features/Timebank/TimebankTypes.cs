using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Features.Members;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class ExchangeKindType : EnumerationGraphType<ExchangeKind>
{
    public ExchangeKindType() => Name = "ExchangeKind";
}

public sealed class ExchangeStatusType : EnumerationGraphType<ExchangeStatus>
{
    public ExchangeStatusType() => Name = "ExchangeStatus";
}

public sealed class ListingKindType : EnumerationGraphType<ListingKind>
{
    public ListingKindType() => Name = "ListingKind";
}

public sealed class ListingStatusType : EnumerationGraphType<ListingStatus>
{
    public ListingStatusType() => Name = "ListingStatus";
}

/// <summary>A timebank: its pool, your account, its rules, its categories and its exchanges.</summary>
public sealed class TimebankType : ObjectGraphType<TimebankSettings>
{
    public TimebankType()
    {
        Name = "Timebank";
        Field<NonNullGraphType<OrganisationType>>("organisation").Resolve(c => c.Service<ByIdLoader<Organisation>>().Load(c.Source.OrganisationId));
        Field<NonNullGraphType<AccountType>>("poolAccount").Description("Hours members donated, for the timebank to grant.")
            .Resolve(c => c.Service<ByIdLoader<Account>>().Load(c.Source.PoolAccountId));
        Field<AccountType>("viewerAccount").Description("Your hours account here (opened on first use).")
            .ResolveAsync(async c =>
            {
                var me = await c.Service<Viewer>().TryGetIdAsync();
                if (me is null || !await c.Service<Viewer>().IsActiveMemberOfAsync(c.Source.OrganisationId))
                    return null;
                var id = await c.Service<TimebankService>().MemberAccountAsync(c.Source, me.Value, "organisationId", c.CancellationToken);
                return await c.Service<ByIdLoader<Account>>().LoadAsync(id, c.CancellationToken);
            });
        Field<LongGraphType>("memberFloor").Description("The floor new member accounts get (minutes; -600 is ten hours).").Resolve(c => c.Source.MemberFloor);
        Field<LongGraphType>("memberCeiling").Resolve(c => c.Source.MemberCeiling);
        Field<LongGraphType>("memberWarnBelow").Resolve(c => c.Source.MemberWarnBelow);
        Field<LongGraphType>("memberWarnAbove").Resolve(c => c.Source.MemberWarnAbove);
        Field<NonNullGraphType<IntGraphType>>("confirmationDays").Description("How long an exchange waits for the receiver before it expires.").Resolve(c => c.Source.ConfirmationDays);
        Field(t => t.TimeZone);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryType>>>>("categories")
            .Argument<BooleanGraphType>("includeRetired")
            .ResolveAsync(async c =>
            {
                var organisation = c.Source.OrganisationId;
                var all = c.GetArgument<bool?>("includeRetired") == true;
                await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
                return await db.Set<Category>().AsNoTracking().Where(x => x.OrganisationId == organisation && (all || x.Active)).OrderBy(x => x.Name).ToListAsync(c.CancellationToken);
            });
        Field<NonNullGraphType<ConnectionGraphType<ExchangeType>>>("exchanges")
            .Description("Oldest first, like every list here (last: n gives the newest n). Coordinators see every exchange; members see the ones they gave or received.")
            .Argument<BooleanGraphType>("awaitingConfirmation", "Only exchanges whose hours are held for the receiver to confirm.")
            .PagingArguments()
            .ResolveAsync(async c => await ExchangeListing.PageAsync(c, c.Source));
        Field<NonNullGraphType<ConnectionGraphType<AccountType>>>("memberAccounts")
            .Description("Every member's hours account (coordinators only; empty for others).")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                if (await c.Service<Viewer>().MembershipInAsync(c.Source.OrganisationId) is not { } own || !own.Has(Roles.Coordinator))
                    return Platform.GraphQL.Relay.Connection.Empty;
                var ledger = c.Source.LedgerId;
                return await c.PageByIdAsync(db => db.Set<Account>().Where(a => a.LedgerId == ledger && a.Kind == TimebankLedger.MemberHours), a => a.Id);
            });
    }
}

public static class ExchangeListing
{
    public static async Task<Connection> PageAsync(IResolveFieldContext context, TimebankSettings timebank)
    {
        var viewer = context.Service<Viewer>();
        var me = await viewer.TryGetIdAsync();
        var membership = await viewer.MembershipInAsync(timebank.OrganisationId);
        if (me is null || membership is not { IsActive: true })
            return Platform.GraphQL.Relay.Connection.Empty;
        var everyone = membership.Has(Roles.Coordinator);
        var awaiting = context.GetArgument<bool?>("awaitingConfirmation") == true;
        var organisation = timebank.OrganisationId;
        var self = me.Value;
        // A member records only exchanges they give or receive in, so their own list is found by giver and receiver
        // alone (each indexed); coordinators see them all.
        var page = await context.PageByIdAsync(db => db.Set<Exchange>().Where(e => e.OrganisationId == organisation
            && (everyone || e.GiverId == self || e.ReceiverId == self)
            && (!awaiting || db.Set<OpenHold>().Any(h => h.TransferId == e.TransferId))), e => e.Id);
        return page;
    }
}

public sealed class ExchangeType : NodeType<Exchange>
{
    public const string TypeName = "Exchange";

    public ExchangeType()
        : base(TypeName, e => e.Id.Value)
    {
        Description = "Help given and received, and the hours it moved. The giver earns what the receiver spends; a null side is the pool.";
        Field<NonNullGraphType<ExchangeKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ExchangeStatusType>>("status").Resolve(c => State(c).Select(s => s!.Status));
        Field<MemberType>("giver").Resolve(c => c.Source.GiverId is { } id ? c.Service<ByIdLoader<Member>>().Load(id) : null);
        Field<MemberType>("receiver").Resolve(c => c.Source.ReceiverId is { } id ? c.Service<ByIdLoader<Member>>().Load(id) : null);
        Field<NonNullGraphType<LongGraphType>>("minutes").Description("The minutes recorded.").Resolve(c => c.Source.Minutes);
        Field<LongGraphType>("postedMinutes").Description("The minutes that moved (fewer if confirmed for less); null until they move.")
            .Resolve(c => State(c).Select(s => s!.PostedMinutes));
        Field(e => e.Description);
        Field<CategoryType>("category").Resolve(c => c.Source.CategoryId is { } id ? c.Service<ByIdLoader<Category>>().Load(id) : null);
        Field(e => e.Date).Description("The day the help was given.");
        Field<NonNullGraphType<MemberType>>("recordedBy").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.RecordedBy));
        Field(e => e.RecordedAt);
        Field<Platform.GraphQL.Scalars.InstantGraphType>("expiresAt").Description("While awaiting confirmation: when the hold expires.")
            .Resolve(c => State(c).Select(s => s!.ExpiresAt));
        Field<NonNullGraphType<TransferType>>("transfer").Description("The transfer that moved the hours, or the hold.")
            .Resolve(c => c.Service<ByIdLoader<Transfer>>().Load(c.Source.TransferId));
        Field<TransferType>("postedTransfer").Description("The transfer that posted the hours; reverse this one to undo the exchange.")
            .Resolve(c => State(c).Then(async s => s!.PostedTransferId is { } id ? await c.Service<ByIdLoader<Transfer>>().LoadAsync(id, c.CancellationToken) : null));
        Field<ExchangeType>("reverses").Resolve(c => c.Source.ReversesId is { } id ? c.Service<ByIdLoader<Exchange>>().Load(id) : null);
    }

    private static GraphQL.DataLoader.IDataLoaderResult<ExchangeState?> State(IResolveFieldContext<Exchange> context)
        => context.Service<ExchangeStateLoader>().Load(context.Source.TransferId);
}

public sealed class CategoryType : NodeType<Category>
{
    public const string TypeName = "Category";

    public CategoryType()
        : base(TypeName, c => c.Id.Value)
    {
        Field(c => c.Name);
        Field(c => c.Active).Description("Retired categories stay on old exchanges but take no new ones.");
    }
}

public sealed class ListingType : NodeType<Listing>
{
    public const string TypeName = "Listing";

    public ListingType()
        : base(TypeName, l => l.Id.Value)
    {
        Description = "Help offered or asked for.";
        Field<NonNullGraphType<ListingKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ListingStatusType>>("status").Resolve(c => c.Source.Status);
        Field(l => l.Title);
        Field(l => l.Details, nullable: true);
        Field(l => l.Area, nullable: true);
        Field<CategoryType>("category").Resolve(c => c.Source.CategoryId is { } id ? c.Service<ByIdLoader<Category>>().Load(id) : null);
        Field<NonNullGraphType<MemberType>>("member").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.MemberId));
        Field(l => l.PostedAt);
        Field(l => l.WithdrawnAt, nullable: true);
    }
}

public sealed class BalanceWarningType : ObjectGraphType<BalanceWarning>
{
    public BalanceWarningType()
    {
        Name = "BalanceWarning";
        Description = "The transfer was made, but an account is past a soft limit: BELOW_SOFT_FLOOR or ABOVE_SOFT_CEILING.";
        Field(w => w.Code);
        Field<NonNullGraphType<IdGraphType>>("accountId").Resolve(c => GlobalId.Encode(AccountType.TypeName, c.Source.AccountId.Value));
        Field(w => w.Balance);
        Field(w => w.Threshold);
    }
}

public sealed class ExchangeNodeSource : INodeSource
{
    public string TypeName => ExchangeType.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
        => await context.Service<ByIdLoader<Exchange>>().LoadAsync(Id<Exchange>.From(id), context.CancellationToken) is { } exchange
           && await context.Service<ExchangeAccess>().CanReadAsync(exchange)
            ? exchange
            : null;
}

public sealed class ListingNodeSource : INodeSource
{
    public string TypeName => ListingType.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
        => await context.Service<ByIdLoader<Listing>>().LoadAsync(Id<Listing>.From(id), context.CancellationToken) is { } listing
           && await context.Service<Viewer>().IsActiveMemberOfAsync(listing.OrganisationId)
            ? listing
            : null;
}

public sealed class CategoryNodeSource : INodeSource
{
    public string TypeName => CategoryType.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
        => await context.Service<ByIdLoader<Category>>().LoadAsync(Id<Category>.From(id), context.CancellationToken) is { } category
           && await context.Service<Viewer>().IsActiveMemberOfAsync(category.OrganisationId)
            ? category
            : null;
}
