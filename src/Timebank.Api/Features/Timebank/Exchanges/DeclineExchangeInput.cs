using Timebank.Api.Platform.GraphQL;

namespace Timebank.Api.Features.Timebank;

public sealed record DeclineExchangeInput(string ExchangeId, string? IdempotencyKey);
