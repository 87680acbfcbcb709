using NodaTime;
using NodaTime.Testing;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Tests.Brokerage;

/// <summary>A timebank with a coordinator, members and brokers, on a fake clock, for the brokerage tests.</summary>
internal sealed class BrokerageWorld
{
    public static readonly LocalDate Today = new(2026, 3, 10);

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 3, 10, 10, 0));
    public Organisation Timebank { get; }
    public Membership Coordinator { get; }

    public BrokerageWorld()
        => (Timebank, Coordinator) = Organisation.Create(OrganisationName.Parse("Riverside Timebank"), OrganisationKind.Timebank, Id<Member>.New(), Clock.GetCurrentInstant());

    public Instant Now => Clock.GetCurrentInstant();

    public Membership Member() => Timebank.Enrol(Id<Member>.New(), Coordinator, Now);

    public Membership BrokerMembership()
    {
        var membership = Member();
        membership.Grant(Roles.Broker, Coordinator);
        return membership;
    }

    public static BrokerProfileDraft EasyReadInCv1 => new()
    {
        Bio = "I used services for ten years and now help others.",
        Skills = ["benefits", "direct payments", "housing"],
        Languages = ["en"],
        AreasServed = ["CV1", "CV2"],
        Formats = AccessibleFormats.EasyRead | AccessibleFormats.LargePrint,
        Availability = "Weekday mornings",
    };

    public BrokerProfile Broker(BrokerProfileDraft? draft = null) => BrokerProfile.Create(BrokerMembership(), draft ?? EasyReadInCv1, Now);

    /// <summary>A broker whose safeguarding check runs until <paramref name="expiresOn"/>.</summary>
    public BrokerProfile CheckedBroker(LocalDate expiresOn, BrokerProfileDraft? draft = null)
    {
        var broker = Broker(draft);
        broker.RecordSafeguardingCheck(Coordinator, expiresOn.PlusYears(-3), expiresOn, Today, Now);
        return broker;
    }

    public static BrokerageRequestDraft IneligibleEasyRead => new()
    {
        WhatToArrange = "Help to arrange direct payments for a personal assistant",
        Area = "CV1 5FB",
        PreferredLanguage = "en",
        PreferredFormat = AccessibleFormats.EasyRead,
        JudgedIneligible = true,
    };

    public (Membership Person, BrokerageRequest Request) Request(BrokerageRequestDraft? draft = null)
    {
        var person = Member();
        return (person, BrokerageRequest.Make(person, draft ?? IneligibleEasyRead, Today, Now));
    }

    public static T Refused<T>(Action act) where T : DomainError
        => Assert.IsType<T>(Assert.Throws<DomainException>(act).Error);
}
