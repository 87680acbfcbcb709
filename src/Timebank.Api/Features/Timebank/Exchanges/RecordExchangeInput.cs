using NodaTime;

namespace Timebank.Api.Features.Timebank;

// Inputs carry global ids as strings; the service decodes them, so a wrong id is a typed validation error.

public sealed record RecordExchangeInput(
    string OrganisationId, string GiverId, string ReceiverId, long Minutes, string Description, string? CategoryId, LocalDate Date, string? IdempotencyKey);
