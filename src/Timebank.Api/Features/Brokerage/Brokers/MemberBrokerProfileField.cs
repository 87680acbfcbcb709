using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Members;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Brokerage.Brokers;

/// <summary>
/// <c>Member.brokerProfile(organisationId)</c>: the member's profile in that timebank, for whoever may see the member
/// (lived experience still only for members of that timebank): the brokerage feature's field on the members feature's type.
/// </summary>
public sealed class MemberBrokerProfileField : IObjectFields<MemberType>
{
    public void AddTo(MemberType member)
        => member.Field<BrokerProfileType>("brokerProfile")
            .Description("The member's broker profile in that timebank; null when there is none or you may not see the member.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .ResolveAsync(async c =>
            {
                var organisation = GlobalId.TryParse<Organisation>(c.GetArgument<string>("organisationId"), "Organisation");
                if (organisation is not { } timebank || !await c.Service<MembershipAccess>().CanSeeMemberAsync(c.Source.Id))
                    return null;
                var memberId = c.Source.Id;
                await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
                return await db.Set<BrokerProfile>().AsNoTracking().FirstOrDefaultAsync(p => p.OrganisationId == timebank && p.MemberId == memberId, c.CancellationToken);
            });
}
