using GraphQL;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Features.Members;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class ExchangeNodeSource : INodeSource
{
    public string TypeName => ExchangeType.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
        => await context.Service<ByIdLoader<Exchange>>().LoadAsync(Id<Exchange>.From(id), context.CancellationToken) is { } exchange
           && await context.Service<ExchangeAccess>().CanReadAsync(exchange)
            ? exchange
            : null;
}
