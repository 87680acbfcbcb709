using Timebank.Domain.Common;

namespace Timebank.Domain.Members;

/// <summary>Deliberately the same for an unknown email and a wrong password, so neither can be probed.</summary>
public sealed record InvalidCredentials()
    : DomainError("INVALID_CREDENTIALS", "The email or password is not right.");

public sealed record TooManyAttempts(int RetryAfterSeconds)
    : DomainError("TOO_MANY_ATTEMPTS", $"Too many attempts to sign in or sign up. Try again in {RetryAfterSeconds} {(RetryAfterSeconds == 1 ? "second" : "seconds")}.");
