using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

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
