using GraphQL;
using GraphQL.Types;
using Timebank.Api.Features.Brokerage.Brokers;
using Timebank.Api.Features.Members;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Brokerage.Requests;

/// <summary>
/// A request, as its readers see it (the person's side, invited brokers, coordinators: see <see cref="BrokerageRequestStore"/>).
/// An invited broker sees enough to decide and their own invitation; who else was invited, and the matching brokers,
/// are for the person's side and coordinators.
/// </summary>
public sealed class BrokerageRequestType : NodeType<BrokerageRequest>
{
    public const string TypeName = "BrokerageRequest";

    public BrokerageRequestType()
        : base(TypeName, r => r.Id.Value)
    {
        Description = "A person's request for help to arrange their support; the person chooses their broker.";
        Field<NonNullGraphType<OrganisationType>>("organisation").Description("The timebank the request was made in.")
            .Resolve(c => c.Service<ByIdLoader<Organisation>>().Load(c.Source.OrganisationId));
        Field<NonNullGraphType<MemberType>>("requestedBy").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.RequestedBy));
        Field<SupportedPersonType>("onBehalfOf").Description("The person asked for, with their consent, when a member asked on their behalf.").Resolve(c => c.Source.OnBehalfOf);
        Field(r => r.WhatToArrange);
        Field<NonNullGraphType<StringGraphType>>("area").Description("A postcode district.").Resolve(c => c.Source.Area.Value);
        Field<StringGraphType>("preferredLanguage").Resolve(c => c.Source.PreferredLanguage?.Value);
        Field<AccessibleFormatType>("preferredFormat").Resolve(c => c.Source.PreferredFormat == AccessibleFormats.None ? null : c.Source.PreferredFormat);
        Field(r => r.JudgedIneligible).Description("Judged ineligible for council brokerage; this request does not replace an assessment.");
        Field(r => r.InvolvesAdultAtRisk);
        Field<NonNullGraphType<BrokerageRequestStateType>>("state").Resolve(c => c.Source.State);
        Field(r => r.RequestedAt);
        Field<NonNullGraphType<LocalDateGraphType>>("requestedOn").Resolve(c => c.Source.RequestedOn);
        Field<MemberType>("chosenBroker").Resolve(c => c.Source.ChosenBrokerId is { } broker ? c.Service<ByIdLoader<Member>>().Load(broker) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BrokerageInviteType>>>>("invites")
            .Description("The person's side and coordinators see every invitation; an invited broker sees their own.")
            .ResolveAsync(async c =>
            {
                var me = await c.Service<Viewer>().TryGetIdAsync();
                return await SeesAllAsync(c) ? c.Source.Invites : c.Source.Invites.Where(i => i.BrokerId == me).ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BrokerageSessionType>>>>("sessions")
            .Description("Seen by the person's side, the chosen broker and coordinators; empty for other brokers.")
            .ResolveAsync(async c => await SeesAllAsync(c) || await c.Service<Viewer>().TryGetIdAsync() == c.Source.ChosenBrokerId
                ? c.Source.Sessions
                : Array.Empty<BrokerageSession>());
        Field(r => r.LoggedMinutes);
        Field<BrokerageOutcomeType>("outcome").Resolve(c => c.Source.Outcome);
        Field<StringGraphType>("outcomeNote").Resolve(c => c.Source.OutcomeNote);
        Field<LongGraphType>("minutesGiven").Resolve(c => c.Source.MinutesGiven);
        Field(r => r.ClosedAt, nullable: true);
        Field<ConnectionGraphType<BrokerProfileType>>("matchingBrokers")
            .Description("Brokers this request may be offered to today, most relevant first; for the person's side and coordinators (null for others).")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                if (!await SeesAllAsync(c))
                    return null;
                var request = c.Source;
                var today = await c.Service<BrokerProfileService>().TodayAsync(request.OrganisationId, c.CancellationToken);
                var filter = new BrokerFilter
                {
                    Area = request.Area,
                    Language = request.PreferredLanguage,
                    Format = request.PreferredFormat,
                    Available = true,
                    CheckInDateOn = request.InvolvesAdultAtRisk ? today : null,
                };
                Id<Member>[] personSide = request.OnBehalfOf?.MemberId is { } person ? [request.RequestedBy, person] : [request.RequestedBy];
                return await BrokerQueries.PageAsync(c, request.OrganisationId, filter, personSide, request.WhatToArrange, BrokerOrder.Relevance, today);
            });
    }

    private static async Task<bool> SeesAllAsync(IResolveFieldContext<BrokerageRequest> c)
    {
        var viewer = c.Service<Viewer>();
        return await viewer.TryGetIdAsync() is { } me
            && (c.Source.IsPersonSide(me) || (await viewer.MembershipInAsync(c.Source.OrganisationId))?.Has(Roles.Coordinator) == true);
    }
}

public sealed class BrokerageRequestStateType : EnumerationGraphType<BrokerageRequestState>
{
    public BrokerageRequestStateType() => Name = "BrokerageRequestState";
}

public sealed class InviteStatusType : EnumerationGraphType<InviteStatus>
{
    public InviteStatusType() => Name = "BrokerageInviteStatus";
}

public sealed class SupportedPersonType : ObjectGraphType<SupportedPerson>
{
    public SupportedPersonType()
    {
        Name = "SupportedPerson";
        Field(p => p.Name);
        Field<MemberType>("member").Resolve(c => c.Source.MemberId is { } member ? c.Service<ByIdLoader<Member>>().Load(member) : null);
        Field<NonNullGraphType<LocalDateGraphType>>("consentGivenOn").Resolve(c => c.Source.ConsentGivenOn);
        Field(p => p.HowConsentWasGiven);
    }
}

public sealed class BrokerageInviteType : ObjectGraphType<BrokerageInvite>
{
    public BrokerageInviteType()
    {
        Name = "BrokerageInvite";
        Field<NonNullGraphType<BrokerProfileType>>("broker").Resolve(c => c.Service<ByIdLoader<BrokerProfile>>().Load(c.Source.BrokerProfileId));
        Field<NonNullGraphType<InviteStatusType>>("status").Description("ARRANGED_WITH_ANOTHER: the person chose another broker.").Resolve(c => c.Source.Status);
        Field(i => i.Note, nullable: true);
        Field(i => i.InvitedAt);
        Field(i => i.RespondedAt, nullable: true);
    }
}

public sealed class BrokerageSessionType : ObjectGraphType<BrokerageSession>
{
    public BrokerageSessionType()
    {
        Name = "BrokerageSession";
        Field<NonNullGraphType<LocalDateGraphType>>("date").Resolve(c => c.Source.On);
        Field(s => s.Minutes);
        Field(s => s.Note, nullable: true);
        Field(s => s.LoggedAt);
    }
}
