using Timebank.Domain.Common;

namespace Timebank.Domain.Members;

public sealed record EmailAlreadyRegistered()
    : DomainError("EMAIL_TAKEN", "An account with this email already exists.");

/// <summary>Deliberately the same for an unknown email and a wrong password, so neither can be probed.</summary>
public sealed record InvalidCredentials()
    : DomainError("INVALID_CREDENTIALS", "The email or password is not right.");

public sealed record TooManyAttempts(int RetryAfterSeconds)
    : DomainError("TOO_MANY_ATTEMPTS", $"Too many sign-in attempts. Try again in {RetryAfterSeconds} seconds.");
