using NodaTime;
using Timebank.Domain.Members;

namespace Timebank.Domain.Brokerage;

/// <summary>
/// The person a request is made for, when a member asks on behalf of someone they support: who they are, and the
/// consent they gave, recorded by the member and shown to every broker invited.
/// </summary>
public sealed record SupportedPerson
{
    public const int NameMaxLength = DisplayName.MaxLength;
    public const int ConsentMaxLength = 500;

    public string Name { get; private init; }
    public Id<Member>? MemberId { get; private init; }
    public LocalDate ConsentGivenOn { get; private init; }
    public string HowConsentWasGiven { get; private init; }

    // Private so a request's person always comes through Record, with consent.
    private SupportedPerson(string name, Id<Member>? memberId, LocalDate consentGivenOn, string howConsentWasGiven)
        => (Name, MemberId, ConsentGivenOn, HowConsentWasGiven) = (name, memberId, consentGivenOn, howConsentWasGiven);

    /// <param name="consentGiven">The requester confirms the person agreed to this request; without it nothing is recorded.</param>
    public static SupportedPerson Record(string? name, Id<Member>? memberId, bool consentGiven, LocalDate consentGivenOn, string? howConsentWasGiven, Id<Member> requester, LocalDate today)
    {
        if (!consentGiven)
            throw new DomainException(new ConsentNotRecorded());
        if (memberId == requester)
            throw new DomainException(new ValidationFailed("onBehalfOf", "is for someone else; ask for yourself without it"));
        if (consentGivenOn > today)
            throw new DomainException(new ValidationFailed("consentGivenOn", "must not be in the future"));
        return new SupportedPerson(Text.Required(name, "onBehalfOf.name", NameMaxLength), memberId, consentGivenOn,
            Text.Required(howConsentWasGiven, "onBehalfOf.howConsentWasGiven", ConsentMaxLength));
    }
}
