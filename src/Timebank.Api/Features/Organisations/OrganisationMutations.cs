using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Organisations;

public sealed class CreateOrganisationPayloadType : PayloadType<OrganisationCreated>
{
    public CreateOrganisationPayloadType()
        : base("CreateOrganisationPayload")
    {
        Result<OrganisationType>("organisation", r => r.Organisation);
        Result<MembershipType>("membership", r => r.Membership).Description("Your membership: you are its first coordinator.");
    }
}

public sealed class OrganisationMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateOrganisationPayloadType>>("createOrganisation")
            .Description("Creates an organisation; you become its coordinator.")
            .Argument<NonNullGraphType<CreateOrganisationInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async context => await Mutations.RunAsync(context,
                () => context.Service<OrganisationService>().CreateAsync(context.Input<CreateOrganisationInput>(), context.CancellationToken)));

        mutation.Field<NonNullGraphType<ResultPayloadType<Organisation, OrganisationType>>>("setOrganisationTimeZone")
            .Description("Moves the organisation's calendar (coordinators and managers): sessions, due dates and days are read in it from now on.")
            .Argument<NonNullGraphType<SetOrganisationTimeZoneInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async context => await Mutations.RunAsync(context,
                () => context.Service<OrganisationService>().SetTimeZoneAsync(context.Input<SetOrganisationTimeZoneInput>(), context.CancellationToken)));

        mutation.Field<NonNullGraphType<ResultPayloadType<Membership, MembershipType>>>("joinOrganisation")
            .Description("Asks to join an organisation; a coordinator or manager approves the request.")
            .Argument<NonNullGraphType<JoinOrganisationInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async context => await Mutations.RunAsync(context,
                () => context.Service<OrganisationService>().JoinAsync(context.Input<JoinOrganisationInput>(), context.CancellationToken)));

        mutation.Field<NonNullGraphType<ResultPayloadType<Membership, MembershipType>>>("approveMembership")
            .Description("Approves a pending request to join (coordinators and managers).")
            .Argument<NonNullGraphType<ApproveMembershipInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async context => await Mutations.RunAsync(context,
                () => context.Service<OrganisationService>().ApproveAsync(context.Input<ApproveMembershipInput>(), context.CancellationToken)));

        mutation.Field<NonNullGraphType<ResultPayloadType<Membership, MembershipType>>>("grantRole")
            .Description("Adds a role to an active membership. Only coordinators grant COORDINATOR or MANAGER.")
            .Argument<NonNullGraphType<GrantRoleInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async context => await Mutations.RunAsync(context,
                () => context.Service<OrganisationService>().GrantRoleAsync(context.Input<GrantRoleInput>(), context.CancellationToken)));
    }
}
