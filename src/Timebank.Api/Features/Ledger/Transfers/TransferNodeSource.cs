using GraphQL;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

public sealed class TransferNodeSource : INodeSource
{
    public string TypeName => TransferType.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
        => await context.Service<ByIdLoader<Transfer>>().LoadAsync(Id<Transfer>.From(id), context.CancellationToken) is { } transfer
           && await context.Service<AccountAccess>().CanReadAsync(transfer, context.Service<ByIdLoader<Account>>(), context.CancellationToken)
            ? transfer
            : null;
}
