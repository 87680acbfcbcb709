using Timebank.Domain.Common;

namespace Timebank.Domain.Plans.Voice;

public sealed record StaffNotAnonymous()
    : DomainError("STAFF_NOT_ANONYMOUS", "Staff raise client-voice items in their own name; anonymity is for the clients a service supports.");

public sealed record NotAClient(string Person)
    : DomainError("NOT_A_CLIENT", $"{Person} is not a client of this service: a customer of a provider, or an active member of a council or group.");

public sealed record RoleAlreadyHeld(string Role)
    : DomainError("ROLE_ALREADY_HELD", $"Someone already holds the role \"{Role}\"; hand it over to the next client instead.");

public sealed record RoleNotHeld(string Role)
    : DomainError("ROLE_NOT_HELD", $"Nobody holds the role \"{Role}\" now, so there is nothing to hand over; assign it instead.");
