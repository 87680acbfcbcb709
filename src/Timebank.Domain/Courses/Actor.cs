using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Courses;

/// <summary>Who is asking, with their membership of the organisation that runs the course or pairing, if any.</summary>
public readonly record struct Actor(Id<Member> Member, Membership? Membership)
{
    /// <summary>Organisers manage their own organisation's courses, cohorts and pairings only.</summary>
    public bool Organises(Id<Organisation> organisation)
        => Membership is { } membership
           && membership.MemberId == Member
           && membership.OrganisationId == organisation
           && membership.Has(Roles.Organiser);

    public void RequireOrganiser(Id<Organisation> organisation, string what)
    {
        if (!Organises(organisation))
            throw new DomainException(new NotAllowed($"Only an organiser of the organisation running it can {what}."));
    }
}
