using GraphQL.Types;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Organisations;

public sealed record CreateOrganisationInput(string Name, OrganisationKind Kind);

public sealed record JoinOrganisationInput(string OrganisationId);

public sealed record ApproveMembershipInput(string MembershipId);

public sealed record GrantRoleInput(string MembershipId, Roles Role);

public sealed class CreateOrganisationInputType : InputObjectGraphType<CreateOrganisationInput>
{
    public CreateOrganisationInputType()
    {
        Name = "CreateOrganisationInput";
        Field(i => i.Name);
        Field<NonNullGraphType<OrganisationKindType>>("kind");
    }
}

public sealed class JoinOrganisationInputType : InputObjectGraphType<JoinOrganisationInput>
{
    public JoinOrganisationInputType()
    {
        Name = "JoinOrganisationInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
    }
}

public sealed class ApproveMembershipInputType : InputObjectGraphType<ApproveMembershipInput>
{
    public ApproveMembershipInputType()
    {
        Name = "ApproveMembershipInput";
        Field<NonNullGraphType<IdGraphType>>("membershipId");
    }
}

public sealed class GrantRoleInputType : InputObjectGraphType<GrantRoleInput>
{
    public GrantRoleInputType()
    {
        Name = "GrantRoleInput";
        Field<NonNullGraphType<IdGraphType>>("membershipId");
        Field<NonNullGraphType<RoleType>>("role");
    }
}
