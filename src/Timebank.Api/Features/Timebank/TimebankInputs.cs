using NodaTime;
using Timebank.Api.Platform.GraphQL;

namespace Timebank.Api.Features.Timebank;

// Inputs carry global ids as strings; the service decodes them, so a wrong id is a typed validation error.

public sealed record RecordExchangeInput(
    string OrganisationId, string GiverId, string ReceiverId, long Minutes, string Description, string? CategoryId, LocalDate Date, string? IdempotencyKey);

public sealed record RecordGroupExchangeInput(
    string OrganisationId, IReadOnlyList<string> GiverIds, IReadOnlyList<string> ReceiverIds, long Minutes, string Description, string? CategoryId, LocalDate Date, string? IdempotencyKey);

public sealed record ConfirmExchangeInput(string ExchangeId, long? Minutes, string? IdempotencyKey);

public sealed record DeclineExchangeInput(string ExchangeId, string? IdempotencyKey);

public sealed record DonateHoursInput(string OrganisationId, long Minutes, string? Note, string? IdempotencyKey);

public sealed record GrantHoursInput(string OrganisationId, string MemberId, long Minutes, string Reason, string? IdempotencyKey);

public sealed record ReverseTransferInput(string TransferId, string Reason, string? IdempotencyKey);

public sealed record SetBalanceLimitsInput(string AccountId, long? Floor, long? Ceiling, long? WarnBelow, long? WarnAbove);

/// <summary>Each setting may be left out (kept); a limit sent as null is cleared.</summary>
public sealed record ConfigureTimebankInput(
    string OrganisationId, Given<long?> MemberFloor, Given<long?> MemberCeiling, Given<long?> MemberWarnBelow, Given<long?> MemberWarnAbove,
    int? ConfirmationDays, DateTimeZone? TimeZone);

public sealed record AddAssistedMemberInput(string OrganisationId, string DisplayName);

public sealed record CreateCategoryInput(string OrganisationId, string Name);

public sealed record UpdateCategoryInput(string CategoryId, string? Name, bool? Active);

public sealed record PostListingInput(string OrganisationId, string Title, string? Details, string? CategoryId, string? Area);

public sealed record WithdrawListingInput(string ListingId);
