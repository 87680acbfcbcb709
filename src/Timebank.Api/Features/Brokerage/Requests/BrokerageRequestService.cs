using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Brokerage.Brokers;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Brokerage.Requests;

/// <summary>
/// A request's steps where the person chooses: ask, invite matching brokers, brokers answer, the person chooses, the
/// chosen broker logs sessions; withdrawing. The rules are <see cref="BrokerageRequest"/>'s; closing (which moves
/// hours) is <see cref="BrokerageClose"/>.
/// </summary>
public sealed class BrokerageRequestService(IDbContextFactory<TimebankDbContext> databases, Viewer viewer, BrokerProfileService profiles, IClock clock)
{
    public async Task<BrokerageRequest> RequestAsync(RequestBrokerageInput input, CancellationToken cancellationToken)
    {
        var actor = await viewer.RequireIdAsync();
        var organisation = GlobalId.Parse<Organisation>(input.OrganisationId, "Organisation", "organisationId");
        var membership = await viewer.MembershipInAsync(organisation);
        if (membership is not { IsActive: true })
            throw new DomainException(new NotFound("organisation", input.OrganisationId));
        var today = await profiles.TodayAsync(organisation, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        SupportedPerson? onBehalfOf = null;
        if (input.OnBehalfOf is { } person)
        {
            var personMember = person.MemberId is null ? (Id<Member>?)null : GlobalId.Parse<Member>(person.MemberId, "Member", "onBehalfOf.memberId");
            if (personMember is { } member && !await db.Memberships.AnyAsync(m => m.OrganisationId == organisation && m.MemberId == member && m.Status == MembershipStatus.Active, cancellationToken))
                throw new DomainException(new ValidationFailed("onBehalfOf.memberId", "is not an active member of this timebank"));
            onBehalfOf = SupportedPerson.Record(person.Name, personMember, person.ConsentGiven, person.ConsentGivenOn, person.HowConsentWasGiven, actor, today);
        }
        var request = BrokerageRequest.Make(membership, new BrokerageRequestDraft
        {
            WhatToArrange = input.WhatToArrange,
            Area = input.Area,
            PreferredLanguage = string.IsNullOrWhiteSpace(input.PreferredLanguage) ? null : input.PreferredLanguage,
            PreferredFormat = input.PreferredFormat ?? AccessibleFormats.None,
            JudgedIneligible = input.JudgedIneligible,
            InvolvesAdultAtRisk = input.InvolvesAdultAtRisk,
            OnBehalfOf = onBehalfOf,
        }, today, clock.GetCurrentInstant());
        db.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    public Task<BrokerageRequest> InviteAsync(InviteBrokersInput input, CancellationToken cancellationToken)
        => StepAsync(input.RequestId, async (db, request, actor, _, today, now) =>
        {
            if (input.BrokerProfileIds.Count == 0)
                throw new DomainException(new ValidationFailed("brokerProfileIds", "name at least one broker"));
            for (var i = 0; i < input.BrokerProfileIds.Count; i++)
                request.Invite(actor, await ProfileAsync(db, request, input.BrokerProfileIds[i], $"brokerProfileIds[{i}]", cancellationToken), today, now);
        }, cancellationToken);

    public Task<BrokerageRequest> RespondAsync(RespondToBrokerageInviteInput input, CancellationToken cancellationToken)
        => StepAsync(input.RequestId, async (db, request, actor, _, today, now) =>
        {
            var organisation = request.OrganisationId;
            var own = await db.Set<BrokerProfile>().FirstOrDefaultAsync(p => p.OrganisationId == organisation && p.MemberId == actor, cancellationToken)
                ?? throw new DomainException(new NotInvited());
            request.Respond(own, input.Accept, input.Note, today, now);
        }, cancellationToken);

    public Task<BrokerageRequest> ChooseAsync(ChooseBrokerInput input, CancellationToken cancellationToken)
        => StepAsync(input.RequestId, async (db, request, actor, _, today, now) =>
            request.Choose(actor, await ProfileAsync(db, request, input.BrokerProfileId, "brokerProfileId", cancellationToken), today, now), cancellationToken);

    public Task<BrokerageRequest> LogSessionAsync(LogBrokerageSessionInput input, CancellationToken cancellationToken)
        => StepAsync(input.RequestId, (_, request, actor, _, today, now) =>
        {
            request.LogSession(actor, input.Date, input.Minutes, input.Note, today, now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<BrokerageRequest> WithdrawAsync(WithdrawBrokerageRequestInput input, CancellationToken cancellationToken)
        => StepAsync(input.RequestId, (_, request, actor, coordinates, _, now) =>
        {
            request.Withdraw(actor, coordinates, now);
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task<BrokerageRequest> StepAsync(string requestId,
        Func<TimebankDbContext, BrokerageRequest, Id<Member>, bool, LocalDate, Instant, Task> step, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (request, actor, coordinates) = await BrokerageRequestStore.ForStepAsync(db, viewer, requestId, tracked: true, cancellationToken);
        var today = await profiles.TodayAsync(request.OrganisationId, cancellationToken);
        await step(db, request, actor, coordinates, today, clock.GetCurrentInstant());
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    /// <summary>A profile of the request's timebank; one elsewhere is as unknown as one that does not exist.</summary>
    private static async Task<BrokerProfile> ProfileAsync(TimebankDbContext db, BrokerageRequest request, string globalId, string field, CancellationToken cancellationToken)
    {
        var id = GlobalId.Parse<BrokerProfile>(globalId, BrokerProfileType.TypeName, field);
        var organisation = request.OrganisationId;
        return await db.Set<BrokerProfile>().FirstOrDefaultAsync(p => p.Id == id && p.OrganisationId == organisation, cancellationToken)
            ?? throw new DomainException(new NotFound("broker profile", globalId));
    }
}
