using Timebank.Api.Platform.GraphQL;

namespace Timebank.Api.Features.Timebank;

public sealed record DonateHoursInput(string OrganisationId, long Minutes, string? Note, string? IdempotencyKey);
