using NodaTime;
using Timebank.Api.Platform.GraphQL;

namespace Timebank.Api.Features.Timebank;

/// <summary>Each setting may be left out (kept); a limit sent as null is cleared.</summary>
public sealed record ConfigureTimebankInput(
    string OrganisationId, Given<long?> MemberFloor, Given<long?> MemberCeiling, Given<long?> MemberWarnBelow, Given<long?> MemberWarnAbove,
    int? ConfirmationDays, DateTimeZone? TimeZone);
