using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Timebank;

/// <summary>Every active member of a timebank has an hours account there from the moment they are approved.</summary>
public sealed class OpenAccountOnApproval(TimebankService timebanks) : Organisations.IMembershipListener
{
    public async Task ActivatedAsync(Organisation organisation, Membership membership, CancellationToken cancellationToken)
    {
        if (organisation.Kind != OrganisationKind.Timebank)
            return;
        var settings = await timebanks.TimebankAsync(organisation.Id, cancellationToken);
        await timebanks.MemberAccountAsync(settings, membership.MemberId, "membershipId", cancellationToken);
    }
}
