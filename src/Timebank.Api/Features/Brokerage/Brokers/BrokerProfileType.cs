using GraphQL;
using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Brokerage.Brokers;

public sealed class BrokerProfileType : NodeType<BrokerProfile>
{
    public const string TypeName = "BrokerProfile";

    public BrokerProfileType()
        : base(TypeName, p => p.Id.Value)
    {
        Description = "A peer broker's profile in one timebank.";
        Field<NonNullGraphType<MemberType>>("member").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.MemberId));
        Field<StringGraphType>("bio").Resolve(c => c.Source.Bio);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("skills").Resolve(c => c.Source.Skills);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages").Resolve(c => c.Source.Languages.Select(l => l.Value));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("areasServed").Description("UK postcode districts.")
            .Resolve(c => c.Source.AreasServed.Select(a => a.Value));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccessibleFormatType>>>>("formats").Resolve(c => AccessibleFormatType.Each(c.Source.Formats).Cast<object>());
        Field<StringGraphType>("availability").Resolve(c => c.Source.Availability);
        Field<NonNullGraphType<BooleanGraphType>>("acceptingRequests").Resolve(c => c.Source.AcceptingRequests);
        Field<NonNullGraphType<BrokerOpennessType>>("openness").Resolve(c => c.Source.Openness);
        Field<NonNullGraphType<BooleanGraphType>>("takesRequests").Description("Open to requests and not on a break: offered to people who ask.")
            .Resolve(c => c.Source.TakesRequests);
        Field<StringGraphType>("livedExperience")
            .Description("Only what the broker chose to share, and only to the broker and signed-in members of the same timebank; null for anyone else.")
            .ResolveAsync(async c =>
            {
                var viewer = c.Service<Viewer>();
                var reader = new ProfileViewer(await viewer.TryGetIdAsync(), await viewer.IsActiveMemberOfAsync(c.Source.OrganisationId));
                return c.Source.LivedExperienceFor(reader);
            });
        Field<NonNullGraphType<BooleanGraphType>>("checkInDate").Description("Whether a safeguarding check is recorded and in date today.")
            .ResolveAsync(async c => c.Source.CheckInDateOn(await c.Service<BrokerProfileService>().TodayAsync(c.Source.OrganisationId, c.CancellationToken)));
        Field<SafeguardingCheckType>("safeguardingCheck").Description("The check's dates: seen by the broker and the timebank's coordinators; null for others.")
            .ResolveAsync(async c =>
            {
                var viewer = c.Service<Viewer>();
                var sees = await viewer.TryGetIdAsync() == c.Source.MemberId
                    || (await viewer.MembershipInAsync(c.Source.OrganisationId))?.Has(Domain.Organisations.Roles.Coordinator) == true;
                return sees ? c.Source.SafeguardingCheck : null;
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccreditationType>>>>("accreditations")
            .Description("Brokerage's own and those earned through courses, each with its source, oldest first.")
            .Resolve(c => c.Service<AccreditationsOfProfileLoader>().Load(new ProfileOfMember(c.Source.Id, c.Source.MemberId))
                .Then<AccreditationList?, IReadOnlyList<BrokerAccreditationView>>(list => Task.FromResult(list?.Items ?? [])));
        Field(p => p.UpdatedAt);
    }
}

public sealed class SafeguardingCheckType : ObjectGraphType<SafeguardingCheck>
{
    public SafeguardingCheckType()
    {
        Name = "SafeguardingCheck";
        Description = "A safeguarding (DBS) check a coordinator saw: in date from the day it was done to its expiry day, both included.";
        Field<NonNullGraphType<LocalDateGraphType>>("checkedOn").Resolve(c => c.Source.CheckedOn);
        Field<NonNullGraphType<LocalDateGraphType>>("expiresOn").Resolve(c => c.Source.ExpiresOn);
        Field(s => s.RecordedAt);
    }
}

public sealed class AccreditationType : ObjectGraphType<BrokerAccreditationView>
{
    public AccreditationType()
    {
        Name = "BrokerAccreditation";
        Field(a => a.Name);
        Field<NonNullGraphType<AccreditationSourceType>>("source").Resolve(c => c.Source.Source);
        Field(a => a.SourceDescription).Description("Who awarded it, in words.");
        Field<NonNullGraphType<LocalDateGraphType>>("awardedOn").Resolve(c => c.Source.AwardedOn);
    }
}

/// <summary>node(id:) for profiles: the broker and active members of the same timebank.</summary>
public sealed class BrokerProfileNodeSource : INodeSource
{
    public string TypeName => BrokerProfileType.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context)
    {
        var profile = await context.Service<ByIdLoader<BrokerProfile>>().LoadAsync(Id<BrokerProfile>.From(id), context.CancellationToken);
        var viewer = context.Service<Viewer>();
        return profile is not null && (await viewer.TryGetIdAsync() == profile.MemberId || await viewer.IsActiveMemberOfAsync(profile.OrganisationId)) ? profile : null;
    }
}
