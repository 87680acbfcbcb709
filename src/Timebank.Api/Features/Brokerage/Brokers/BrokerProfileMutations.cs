using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Domain.Brokerage;

namespace Timebank.Api.Features.Brokerage.Brokers;

public sealed class BrokerProfileMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        BrokerageMutationField.Add<ResultPayloadType<BrokerProfile, BrokerProfileType>, UpsertBrokerProfileInputType, UpsertBrokerProfileInput, BrokerProfile, BrokerProfileService>(
            mutation, "upsertBrokerProfile", "Members with the BROKER role: writes your profile in that timebank (the whole profile each time).",
            (s, i, ct) => s.UpsertAsync(i, ct));
        BrokerageMutationField.Add<ResultPayloadType<BrokerProfile, BrokerProfileType>, RecordSafeguardingCheckInputType, RecordSafeguardingCheckInput, BrokerProfile, BrokerProfileService>(
            mutation, "recordSafeguardingCheck", "Coordinators: records a broker's safeguarding (DBS) check you have seen; it replaces any earlier one.",
            (s, i, ct) => s.RecordSafeguardingCheckAsync(i, ct));
        BrokerageMutationField.Add<ResultPayloadType<BrokerAccreditationView, AccreditationType>, RecordAccreditationInputType, RecordAccreditationInput, BrokerAccreditationView, BrokerProfileService>(
            mutation, "recordBrokerAccreditation", "Coordinators: records by hand an accreditation a broker holds, saying where it came from.",
            (s, i, ct) => s.RecordAccreditationAsync(i, ct));
    }
}
