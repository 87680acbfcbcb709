using GraphQL;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

public sealed class AccountNodeSource : INodeSource
{
    public string TypeName => AccountType.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
        => await context.Service<ByIdLoader<Account>>().LoadAsync(Id<Account>.From(id), context.CancellationToken) is { } account
           && await context.Service<AccountAccess>().CanReadAsync(account, context.CancellationToken)
            ? account
            : null;
}
