using Timebank.Api.Platform.GraphQL;

namespace Timebank.Api.Features.Timebank;

public sealed record ConfirmExchangeInput(string ExchangeId, long? Minutes, string? IdempotencyKey);
