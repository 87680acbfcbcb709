using Timebank.Domain.Common;

namespace Timebank.Domain.Members;

/// <summary>Length is what makes a password strong (NIST SP 800-63B): no composition rules, a generous maximum.</summary>
public static class PasswordPolicy
{
    public const int MinLength = 10;
    public const int MaxLength = 128;

    public static void Check(string? password)
    {
        if (password is null || password.Length < MinLength)
            throw new DomainException(new ValidationFailed("password", $"must be at least {MinLength} characters"));
        if (password.Length > MaxLength)
            throw new DomainException(new ValidationFailed("password", $"must be at most {MaxLength} characters"));
    }
}
