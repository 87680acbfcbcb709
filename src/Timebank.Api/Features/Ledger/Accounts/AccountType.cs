using GraphQL;
using GraphQL.Types;
using NodaTime;
using Timebank.Api.Features.Members;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Ledger;

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
            .Resolve(c => c.Service<LedgerPurposes>().KindOf(c.Source).Owner == AccountOwner.Member ? c.Service<ByIdLoader<Member>>().Load(Id<Member>.From(c.Source.OwnerId)) : null);
        Field<OrganisationType>("organisation").Description("The organisation whose pool this is (pool accounts).")
            .Resolve(c => c.Service<LedgerPurposes>().KindOf(c.Source).Owner == AccountOwner.Organisation ? c.Service<ByIdLoader<Organisation>>().Load(Id<Organisation>.From(c.Source.OwnerId)) : null);
        Field<NonNullGraphType<OrganisationType>>("heldIn")
            .Description("The organisation whose ledger holds the account: for a member's hours, the timebank they are in.")
            .ResolveAsync(async c => await c.Service<ByIdLoader<global::Timebank.Domain.Ledger.Ledger>>().LoadAsync(c.Source.LedgerId, c.CancellationToken) is { } ledger
                ? await c.Service<ByIdLoader<Organisation>>().LoadAsync(ledger.OrganisationId, c.CancellationToken)
                : null);
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
                var holder = c.Service<LedgerPurposes>().KindOf(c.Source).Owner == AccountOwner.Member
                    ? (await c.Service<ByIdLoader<Member>>().LoadAsync(Id<Member>.From(c.Source.OwnerId), c.CancellationToken))?.DisplayName.Value
                    : (await c.Service<ByIdLoader<Organisation>>().LoadAsync(Id<Organisation>.From(c.Source.OwnerId), c.CancellationToken))?.Name.Value;
                return await c.Service<PrintableStatement>().RenderAsync(c.Source, holder ?? "this account",
                    c.GetArgument<LocalDate>("from"), c.GetArgument<LocalDate>("to"), c.CancellationToken);
            });
    }
}
