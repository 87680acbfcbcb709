using GraphQL;
using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

public sealed class AccountQueries(AccountNodeSource accounts, LedgerPurposes purposes) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<AccountType>("account")
            .Description($"An account you may read: {string.Join("; ", purposes.All.Select(p => p.Readers))}.")
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
