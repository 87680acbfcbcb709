using GraphQL;
using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Flexi.Staff;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

/// <summary>What a member of staff chose to share, so customers can choose a worker.</summary>
public sealed class StaffProfileType : NodeType<StaffProfile>
{
    public StaffProfileType()
        : base("StaffProfile", p => p.Id.Value)
    {
        Field<NonNullGraphType<MemberType>>("member").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.MemberId));
        Field<StringGraphType>("background").Resolve(c => c.Source.Background);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("skills").Resolve(c => c.Source.Skills);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("interests").Resolve(c => c.Source.Interests);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages").Resolve(c => c.Source.Languages);
        Field<StringGraphType>("photoReference").Resolve(c => c.Source.PhotoReference);
    }
}

public sealed class StaffQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
        => query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffProfileType>>>>("staff")
            .Description("The service's staff profiles matching the filter (language, skill, interest, free at a time), for its customers, staff and managers.")
            .Argument<NonNullGraphType<IdGraphType>>("serviceId")
            .Argument<StaffFilterInputType>("filter")
            .RequireAuthentication()
            .ResolveAsync(async c => await c.Service<StaffService>().SearchAsync(c.GetArgument<string>("serviceId"), c.GetArgument<StaffFilterInput?>("filter"), c.CancellationToken));
}

public sealed class StaffMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
        => MutationField.Add<ResultPayloadType<StaffProfile, StaffProfileType>, UpsertStaffProfileInputType, UpsertStaffProfileInput, StaffProfile>(mutation, "upsertStaffProfile",
            "Staff: what you choose to share with customers (background, skills, interests, languages, a photo reference).",
            (c, i) => c.Service<StaffService>().UpsertAsync(i, c.CancellationToken));
}
