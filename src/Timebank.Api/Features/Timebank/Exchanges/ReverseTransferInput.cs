using Timebank.Api.Platform.GraphQL;

namespace Timebank.Api.Features.Timebank;

public sealed record ReverseTransferInput(string TransferId, string Reason, string? IdempotencyKey);
