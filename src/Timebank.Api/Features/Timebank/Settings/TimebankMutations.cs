using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Domain.Members;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class TimebankMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        MutationField.Add<ResultPayloadType<TimebankSettings, TimebankType>, ConfigureTimebankInputType, ConfigureTimebankInput, TimebankSettings>(mutation, "configureTimebank",
            "Coordinators: default limits for new member accounts, the confirmation window and the time zone.",
            (c, i) => c.Service<TimebankService>().ConfigureAsync(i, c.CancellationToken));
        MutationField.Add<ResultPayloadType<Member, MemberType>, AddAssistedMemberInputType, AddAssistedMemberInput, Member>(mutation, "addAssistedMember",
            "Coordinators: adds someone without email or internet; coordinators then record their exchanges.",
            (c, i) => c.Service<TimebankService>().AddAssistedMemberAsync(i, c.CancellationToken));
    }
}
