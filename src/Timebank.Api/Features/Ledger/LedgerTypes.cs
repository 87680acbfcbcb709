using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using NodaTime;
using Timebank.Api.Features.Members;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Ledger;

public sealed class LedgerUnitType : EnumerationGraphType<LedgerUnit>
{
    public LedgerUnitType() => Name = "LedgerUnit";
}

public sealed class AccountKindType : EnumerationGraphType<AccountKind>
{
    public AccountKindType() => Name = "AccountKind";
}

public sealed class TransferKindType : EnumerationGraphType<TransferKind>
{
    public TransferKindType() => Name = "TransferKind";
}

/// <summary>The calendar a ledger's dates are read in; features that run ledgers say which zone theirs use.</summary>
public interface ILedgerCalendar
{
    Task<DateTimeZone?> ZoneOfAsync(Id<Domain.Ledger.Ledger> ledger, CancellationToken cancellationToken);
}

public sealed class AccountType : NodeType<Account>
{
    public const string TypeName = "Account";

    public AccountType()
        : base(TypeName, a => a.Id.Value)
    {
        Description = "An account in one ledger. Amounts are whole minutes or whole pence (see unit).";
        Field<NonNullGraphType<AccountKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<LedgerUnitType>>("unit").Resolve(c => c.Source.Unit);
        Field<MemberType>("member").Description("The member whose hours these are (member accounts).")
            .Resolve(c => c.Source.Kind == AccountKind.MemberHours ? c.Service<ByIdLoader<Member>>().Load(Id<Member>.From(c.Source.OwnerId)) : null);
        Field<OrganisationType>("organisation").Description("The organisation whose pool this is (pool accounts).")
            .Resolve(c => c.Source.Kind == AccountKind.TimebankPool ? c.Service<ByIdLoader<Organisation>>().Load(Id<Organisation>.From(c.Source.OwnerId)) : null);
        Field<NonNullGraphType<LongGraphType>>("posted").Description("Balance of posted transfers: credits less debits.").Resolve(c => c.Source.Posted);
        Field<NonNullGraphType<LongGraphType>>("available").Description("Posted less what is held for pending debits.").Resolve(c => c.Source.Available);
        Field<NonNullGraphType<LongGraphType>>("pendingDebits").Description("Held for transfers out that are not yet posted.").Resolve(c => c.Source.PendingDebits);
        Field<NonNullGraphType<LongGraphType>>("pendingCredits").Description("Due in from transfers not yet posted.").Resolve(c => c.Source.PendingCredits);
        Field<NonNullGraphType<StringGraphType>>("postedText").Description("The posted balance for people, e.g. -1h 30m or £12.50.")
            .Resolve(c => AmountText.Format(c.Source.Posted, c.Source.Unit));
        Field<LongGraphType>("floor").Description("Lowest balance allowed; null for none.").Resolve(c => c.Source.Floor);
        Field<LongGraphType>("ceiling").Description("Highest balance allowed; null for none.").Resolve(c => c.Source.Ceiling);
        Field<LongGraphType>("warnBelow").Description("Soft floor: transfers below it are made, with a warning.").Resolve(c => c.Source.WarnBelow);
        Field<LongGraphType>("warnAbove").Description("Soft ceiling.").Resolve(c => c.Source.WarnAbove);
        Field(a => a.CreatedAt);
        Field<NonNullGraphType<ConnectionGraphType<StatementLineType>>>("statement")
            .Description(Statements.Rule)
            .Argument<LocalDateGraphType>("from")
            .Argument<LocalDateGraphType>("to")
            .PagingArguments()
            .ResolveAsync(async c => await Statements.PageAsync(c, c.Source));
        Field<NonNullGraphType<StringGraphType>>("printableStatement")
            .Description("The statement for the dates given as a large-print HTML page, to print for members who do not use the web. Lines are read by their date, as in statement, with the balances at the start and end of the period.")
            .Argument<NonNullGraphType<LocalDateGraphType>>("from")
            .Argument<NonNullGraphType<LocalDateGraphType>>("to")
            .ResolveAsync(async c =>
            {
                var holder = c.Source.Kind == AccountKind.MemberHours
                    ? (await c.Service<ByIdLoader<Member>>().LoadAsync(Id<Member>.From(c.Source.OwnerId), c.CancellationToken))?.DisplayName.Value
                    : (await c.Service<ByIdLoader<Organisation>>().LoadAsync(Id<Organisation>.From(c.Source.OwnerId), c.CancellationToken))?.Name.Value;
                return await c.Service<PrintableStatement>().RenderAsync(c.Source, holder ?? "this account",
                    c.GetArgument<LocalDate>("from"), c.GetArgument<LocalDate>("to"), c.CancellationToken);
            });
    }
}

public sealed class StatementLineType : ObjectGraphType<AccountEntry>
{
    public StatementLineType()
    {
        Name = "StatementLine";
        Description = "One posted movement on an account.";
        Field<NonNullGraphType<LongGraphType>>("sequence").Description("The line's number in this account's history.").Resolve(c => c.Source.Sequence);
        Field(e => e.At).Description("When it was recorded (posted).");
        Field<NonNullGraphType<LocalDateGraphType>>("date").Resolve(c => c.Source.ValueDate)
            .Description("The day the movement is about: for an exchange, the day the help was given, which may be before it was recorded (at).");
        Field<NonNullGraphType<LongGraphType>>("change").Description("Positive in, negative out.").Resolve(c => c.Source.Change);
        Field<NonNullGraphType<LongGraphType>>("balanceAfter").Description("The posted balance right after this line was recorded.").Resolve(c => c.Source.BalanceAfter);
        Field<NonNullGraphType<TransferType>>("transfer").Resolve(c => c.Service<ByIdLoader<Transfer>>().Load(c.Source.TransferId));
        Field<StringGraphType>("description").Description("What the movement was, in words (e.g. \"Gardening: Ann gave to Bob\").")
            .Resolve(c => c.Service<TransferDescriptionLoader>().Load(c.Source.TransferId));
    }
}

public sealed class TransferType : NodeType<Transfer>
{
    public const string TypeName = "Transfer";

    public TransferType()
        : base(TypeName, t => t.Id.Value)
    {
        Description = "A row of the append-only journal.";
        Field<NonNullGraphType<TransferKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<LongGraphType>>("amount").Resolve(c => c.Source.Amount);
        Field<AccountType>("debitAccount").Description("Null when you may not see that account.").ResolveAsync(async c => await VisibleAccountAsync(c, c.Source.DebitAccountId));
        Field<AccountType>("creditAccount").Description("Null when you may not see that account.").ResolveAsync(async c => await VisibleAccountAsync(c, c.Source.CreditAccountId));
        Field(t => t.CreatedAt);
        Field(t => t.ExpiresAt, nullable: true).Description("For a hold: when it expires unless resolved.");
        Field<IdGraphType>("pendingId").Description("For a resolution: the hold it resolves.")
            .Resolve(c => c.Source.PendingId is { } id ? GlobalId.Encode(TypeName, id.Value) : null);
        Field<IdGraphType>("reversesId").Description("For a reversal: the transfer it undoes.")
            .Resolve(c => c.Source.ReversesId is { } id ? GlobalId.Encode(TypeName, id.Value) : null);
        Field<NonNullGraphType<IntGraphType>>("code").Description("What the owning feature recorded it as (e.g. 1 exchange, 3 donation).").Resolve(c => c.Source.Code);
    }

    private static async Task<Account?> VisibleAccountAsync(IResolveFieldContext<Transfer> context, Id<Account> id)
        => await context.Service<ByIdLoader<Account>>().LoadAsync(id, context.CancellationToken) is { } account
           && await context.Service<AccountAccess>().CanReadAsync(account, context.CancellationToken)
            ? account
            : null;
}

/// <summary>Statement paging: by entry number within the account, the period read by each line's date.</summary>
public static class Statements
{
    public const string Rule = "Posted movements, in the order they were recorded, each with the balance right after it. "
        + "from and to select lines by their date (the day the movement is about: for an exchange, the day the help was given), "
        + "so help recorded late appears in the period it was given.";

    public static async Task<Connection> PageAsync(IResolveFieldContext context, Account account)
    {
        var range = DateRange.Of(context.GetArgument<LocalDate?>("from"), context.GetArgument<LocalDate?>("to"));
        var (id, from, to) = (account.Id, range.From, range.To);
        return await KeysetPaging.PageAsync(
            context.Service<Microsoft.EntityFrameworkCore.IDbContextFactory<Platform.Persistence.TimebankDbContext>>(),
            db => db.Set<AccountEntry>().Where(e => e.AccountId == id && (from == null || e.ValueDate >= from) && (to == null || e.ValueDate <= to)),
            e => e.Sequence,
            SequenceCursor.Instance,
            PageRequest.From(context, context.Service<IOptions<GraphQLOptions>>().Value),
            context.CancellationToken);
    }
}

public sealed class AccountNodeSource : INodeSource
{
    public string TypeName => AccountType.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
        => await context.Service<ByIdLoader<Account>>().LoadAsync(Id<Account>.From(id), context.CancellationToken) is { } account
           && await context.Service<AccountAccess>().CanReadAsync(account, context.CancellationToken)
            ? account
            : null;
}

public sealed class TransferNodeSource : INodeSource
{
    public string TypeName => TransferType.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
        => await context.Service<ByIdLoader<Transfer>>().LoadAsync(Id<Transfer>.From(id), context.CancellationToken) is { } transfer
           && await context.Service<AccountAccess>().CanReadAsync(transfer, context.Service<ByIdLoader<Account>>(), context.CancellationToken)
            ? transfer
            : null;
}

public sealed class LedgerQueries(AccountNodeSource accounts) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<AccountType>("account")
            .Description("An account you may read: your own, your timebank's pool, or (coordinators) any in your timebank.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireAuthentication()
            .ResolveAsync(async c => GlobalId.TryParse<Account>(c.GetArgument<string>("id"), AccountType.TypeName) is { } id
                ? await accounts.FindAsync(id.Value, c)
                : null);

        query.Field<ConnectionGraphType<StatementLineType>>("statement")
            .Description("An account's statement (the same as account(id).statement); null when you may not read the account. " + Statements.Rule)
            .Argument<NonNullGraphType<IdGraphType>>("accountId")
            .Argument<LocalDateGraphType>("from")
            .Argument<LocalDateGraphType>("to")
            .PagingArguments()
            .RequireAuthentication()
            .ResolveAsync(async c =>
            {
                var account = GlobalId.TryParse<Account>(c.GetArgument<string>("accountId"), AccountType.TypeName) is { } id
                    ? await accounts.FindAsync(id.Value, c) as Account
                    : null;
                return account is null ? null : await Statements.PageAsync(c, account);
            });
    }
}
