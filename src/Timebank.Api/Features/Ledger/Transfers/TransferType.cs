using GraphQL;
using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

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
