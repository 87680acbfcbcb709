using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class PoolMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        MutationField.Add<ExchangePayloadType, DonateHoursInputType, DonateHoursInput, ExchangesRecorded>(mutation, "donateHours",
            "Gives some of your hours to the timebank's pool.",
            (c, i) => c.Service<PoolService>().DonateHoursAsync(i, c.CancellationToken));
        MutationField.Add<ExchangePayloadType, GrantHoursInputType, GrantHoursInput, ExchangesRecorded>(mutation, "grantHours",
            "Coordinators: gives a member hours from the pool.",
            (c, i) => c.Service<PoolService>().GrantHoursAsync(i, c.CancellationToken));
    }
}
