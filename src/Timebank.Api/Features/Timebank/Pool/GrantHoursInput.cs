using Timebank.Api.Platform.GraphQL;

namespace Timebank.Api.Features.Timebank;

public sealed record GrantHoursInput(string OrganisationId, string MemberId, long Minutes, string Reason, string? IdempotencyKey);
