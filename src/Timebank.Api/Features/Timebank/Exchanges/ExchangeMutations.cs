using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class ExchangeMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Add<RecordExchangeInputType, RecordExchangeInput>(mutation, "recordExchange",
            "Records help given. Posted at once when the receiver or a coordinator records it; held for the receiver's confirmation when the giver does.",
            (s, i, ct) => s.RecordExchangeAsync(i, ct));
        Add<RecordGroupExchangeInputType, RecordGroupExchangeInput>(mutation, "recordGroupExchange",
            "One session given to many members, or many giving to one: all exchanges are posted together or none is.",
            (s, i, ct) => s.RecordGroupExchangeAsync(i, ct));
        Add<ConfirmExchangeInputType, ConfirmExchangeInput>(mutation, "confirmExchange",
            "The receiver (or a coordinator) confirms an exchange the giver recorded; its hours move.",
            (s, i, ct) => s.ConfirmExchangeAsync(i, ct));
        Add<DeclineExchangeInputType, DeclineExchangeInput>(mutation, "declineExchange",
            "The receiver declines, or the giver withdraws, an exchange awaiting confirmation; the held hours are released.",
            (s, i, ct) => s.DeclineExchangeAsync(i, ct));
    }

    private static void Add<TInputType, TInput>(ObjectGraphType mutation, string name, string description,
        Func<ExchangeService, TInput, CancellationToken, Task<ExchangesRecorded>> run)
        where TInputType : IInputObjectGraphType
        => MutationField.Add<ExchangePayloadType, TInputType, TInput, ExchangesRecorded>(mutation, name, description,
            (c, i) => run(c.Service<ExchangeService>(), i, c.CancellationToken));
}
