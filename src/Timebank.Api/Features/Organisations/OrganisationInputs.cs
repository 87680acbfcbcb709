using GraphQL.Types;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Organisations;

public sealed record CreateOrganisationInput(string Name, OrganisationKind Kind, DateTimeZone? TimeZone);

public sealed record SetOrganisationTimeZoneInput(string OrganisationId, DateTimeZone TimeZone);

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
        Field<TimeZoneGraphType>("timeZone").Description("The IANA zone its calendar is read in; Europe/London when left out.");
    }
}

public sealed class SetOrganisationTimeZoneInputType : InputObjectGraphType<SetOrganisationTimeZoneInput>
{
    public SetOrganisationTimeZoneInputType()
    {
        Name = "SetOrganisationTimeZoneInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<NonNullGraphType<TimeZoneGraphType>>("timeZone").Description("An IANA zone such as Europe/London.");
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
