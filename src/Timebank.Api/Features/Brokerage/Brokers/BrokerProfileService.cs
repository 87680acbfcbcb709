using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Timebank;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Brokerage.Brokers;

/// <summary>
/// Broker profiles: the broker writes theirs; a coordinator of the timebank records the safeguarding check and
/// accreditations. A profile nobody may see is answered as not found, never as "not yours".
/// </summary>
public sealed class BrokerProfileService(IDbContextFactory<TimebankDbContext> databases, Viewer viewer, TimebankService timebanks, IClock clock)
{
    public async Task<BrokerProfile> UpsertAsync(UpsertBrokerProfileInput input, CancellationToken cancellationToken)
    {
        var actor = await viewer.RequireIdAsync();
        var organisation = GlobalId.Parse<Organisation>(input.OrganisationId, "Organisation", "organisationId");
        var membership = await viewer.MembershipInAsync(organisation);
        if (membership is not { IsActive: true })
            throw new DomainException(new NotFound("organisation", input.OrganisationId));
        var draft = new BrokerProfileDraft
        {
            Bio = input.Bio,
            Skills = input.Skills ?? [],
            Languages = input.Languages ?? [],
            AreasServed = input.AreasServed ?? [],
            Formats = (input.Formats ?? []).Aggregate(AccessibleFormats.None, (all, f) => all | f),
            Availability = input.Availability,
            AcceptingRequests = input.AcceptingRequests ?? true,
            Openness = input.Openness ?? BrokerOpenness.OpenToRequests,
            LivedExperience = input.LivedExperience,
        };
        var now = clock.GetCurrentInstant();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var profile = await db.Set<BrokerProfile>().FirstOrDefaultAsync(p => p.OrganisationId == organisation && p.MemberId == actor, cancellationToken);
        if (profile is null)
        {
            profile = BrokerProfile.Create(membership, draft, now);
            db.Add(profile);
        }
        else
        {
            if (!membership.Has(Roles.Broker))
                throw new DomainException(new NotABroker());
            profile.Update(actor, draft, now);
            var id = profile.Id;
            db.RemoveRange(await db.Set<BrokerTerm>().Where(t => t.ProfileId == id).ToListAsync(cancellationToken));
        }
        db.AddRange(BrokerTerm.Of(profile));
        await db.SaveChangesAsync(cancellationToken);
        return profile;
    }

    public async Task<BrokerProfile> RecordSafeguardingCheckAsync(RecordSafeguardingCheckInput input, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (profile, coordinator) = await ProfileForCoordinatorAsync(db, input.BrokerProfileId, "record a safeguarding check", cancellationToken);
        var today = await TodayAsync(profile.OrganisationId, cancellationToken);
        profile.RecordSafeguardingCheck(coordinator, input.CheckedOn, input.ExpiresOn, today, clock.GetCurrentInstant());
        await db.SaveChangesAsync(cancellationToken);
        return profile;
    }

    public async Task<BrokerAccreditationView> RecordAccreditationAsync(RecordAccreditationInput input, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (profile, coordinator) = await ProfileForCoordinatorAsync(db, input.BrokerProfileId, "record an accreditation", cancellationToken);
        var today = await TodayAsync(profile.OrganisationId, cancellationToken);
        var accreditation = Accreditation.RecordByHand(coordinator, profile, input.Name, input.Source, input.AwardedOn, today, clock.GetCurrentInstant());
        db.Add(accreditation);
        await db.SaveChangesAsync(cancellationToken);
        return BrokerAccreditationView.Of(accreditation);
    }

    /// <summary>The day in the timebank's own time zone, from which checks are in date or not.</summary>
    public async Task<LocalDate> TodayAsync(Id<Organisation> organisation, CancellationToken cancellationToken)
        => (await timebanks.TimebankAsync(organisation, cancellationToken)).Today(clock.GetCurrentInstant());

    private async Task<(BrokerProfile Profile, Membership Coordinator)> ProfileForCoordinatorAsync(
        TimebankDbContext db, string profileGlobalId, string forWhat, CancellationToken cancellationToken)
    {
        await viewer.RequireIdAsync();
        var id = GlobalId.Parse<BrokerProfile>(profileGlobalId, BrokerProfileType.TypeName, "brokerProfileId");
        var (profile, _) = await viewer.RequireInOrganisationAsync(
            await db.Set<BrokerProfile>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken), p => p.OrganisationId, new NotFound("broker profile", profileGlobalId));
        return (profile, await viewer.RequireRoleAsync(profile.OrganisationId, Roles.Coordinator, forWhat));
    }
}
