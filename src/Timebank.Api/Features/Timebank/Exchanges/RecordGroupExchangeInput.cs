using NodaTime;

namespace Timebank.Api.Features.Timebank;

public sealed record RecordGroupExchangeInput(
    string OrganisationId, IReadOnlyList<string> GiverIds, IReadOnlyList<string> ReceiverIds, long Minutes, string Description, string? CategoryId, LocalDate Date, string? IdempotencyKey);
