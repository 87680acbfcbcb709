using NodaTime;
using Timebank.Domain.Members;

namespace Timebank.Domain.Brokerage;

/// <summary>
/// A safeguarding (DBS) check a coordinator has seen and recorded for a broker: when it was done and the date the
/// timebank treats it as expiring. It is in date from the day it was done to its expiry date, both included.
/// </summary>
public sealed record SafeguardingCheck(LocalDate CheckedOn, LocalDate ExpiresOn, Id<Member> RecordedBy, Instant RecordedAt)
{
    /// <summary>Renewal periods longer than this are a typing slip.</summary>
    public const int MaxYears = 10;

    public bool IsInDateOn(LocalDate day) => CheckedOn <= day && day <= ExpiresOn;

    public static SafeguardingCheck Record(LocalDate checkedOn, LocalDate expiresOn, Id<Member> recordedBy, LocalDate today, Instant now)
    {
        if (checkedOn > today)
            throw new DomainException(new ValidationFailed("checkedOn", "must not be in the future"));
        if (expiresOn <= checkedOn)
            throw new DomainException(new ValidationFailed("expiresOn", "must be after the day the check was done"));
        if (expiresOn > checkedOn.PlusYears(MaxYears))
            throw new DomainException(new ValidationFailed("expiresOn", $"must be within {MaxYears} years of the check"));
        return new SafeguardingCheck(checkedOn, expiresOn, recordedBy, now);
    }
}
