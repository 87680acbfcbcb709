using Timebank.Domain.Common;

namespace Timebank.Domain.Members;

/// <summary>Deliberately the same for an unknown email and a wrong password, so neither can be probed.</summary>
public sealed record InvalidCredentials()
    : DomainError("INVALID_CREDENTIALS", "The email or password is not right.");

/// <summary>The same for a locked account, a busy address and an unknown email, so a refusal tells nothing about the account.</summary>
public sealed record TooManyAttempts(int RetryAfterSeconds)
    : DomainError("TOO_MANY_ATTEMPTS", $"Too many attempts to sign in or sign up. Try again in {Wait(RetryAfterSeconds)}.")
{
    // Under two minutes the seconds matter; beyond that, whole minutes (rounded up) read better.
    private static string Wait(int seconds)
        => seconds < 120
            ? $"{seconds} {(seconds == 1 ? "second" : "seconds")}"
            : $"{(seconds + 59) / 60} minutes";
}
