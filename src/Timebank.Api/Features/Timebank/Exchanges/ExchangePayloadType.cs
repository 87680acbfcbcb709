using GraphQL.Types;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class ExchangePayloadType : PayloadType<ExchangesRecorded>
{
    public ExchangePayloadType()
        : base("ExchangePayload")
    {
        Description = "The exchange (or, for a group, every exchange) and any soft-limit warnings.";
        Field<ExchangeType>("exchange")
            .Resolve(c => c.Source.Result is { ExchangeIds.Count: > 0 } result ? c.Service<ByIdLoader<Exchange>>().Load(result.ExchangeIds[0]) : null);
        Field<ListGraphType<NonNullGraphType<ExchangeType>>>("exchanges")
            .Resolve(c => c.Source.Result?.ExchangeIds.Select(id => c.Service<ByIdLoader<Exchange>>().Load(id)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BalanceWarningType>>>>("warnings")
            .Resolve(c => (object?)c.Source.Result?.Warnings ?? Array.Empty<BalanceWarning>());
    }
}
