using Timebank.Api.Features.Members;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Relay;

namespace Timebank.Api.Features.Organisations;

/// <summary>Member.memberships: the organisations feature's field on the members feature's type.</summary>
public sealed class MemberMembershipsFields : IObjectFields<MemberType>
{
    public void AddTo(MemberType type)
        => type.Field<ConnectionGraphType<MembershipType>>("memberships")
            .Description("The organisations this member belongs to or asked to join. Only the member sees this; null for others.")
            .PagingArguments()
            .ResolveAsync(async context =>
            {
                if (await context.Service<Viewer>().TryGetIdAsync() != context.Source.Id)
                    return null;
                var member = context.Source.Id;
                return await context.PageByIdAsync(db => db.Memberships.Where(m => m.MemberId == member), m => m.Id);
            });
}
