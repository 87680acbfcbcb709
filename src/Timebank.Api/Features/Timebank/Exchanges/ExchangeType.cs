using GraphQL;
using GraphQL.Types;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class ExchangeType : NodeType<Exchange>
{
    public const string TypeName = "Exchange";

    public ExchangeType()
        : base(TypeName, e => e.Id.Value)
    {
        Description = "Help given and received, and the hours it moved. The giver earns what the receiver spends; a null side is the pool.";
        Field<NonNullGraphType<ExchangeKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ExchangeStatusType>>("status").Resolve(c => State(c).Select(s => s!.Status));
        Field<MemberType>("giver").Resolve(c => c.Source.CreditedMemberId is { } id ? c.Service<ByIdLoader<Member>>().Load(id) : null);
        Field<MemberType>("receiver").Resolve(c => c.Source.DebitedMemberId is { } id ? c.Service<ByIdLoader<Member>>().Load(id) : null);
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
