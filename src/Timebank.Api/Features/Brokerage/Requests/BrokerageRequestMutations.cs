using GraphQL.Types;
using Timebank.Api.Features.Timebank;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Brokerage.Requests;

public sealed class BrokerageRequestMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Step<RequestBrokerageInputType, RequestBrokerageInput>(mutation, "requestBrokerage",
            "Members: asks for help to arrange support, for yourself or (with their consent) for someone you support.", (s, i, ct) => s.RequestAsync(i, ct));
        Step<InviteBrokersInputType, InviteBrokersInput>(mutation, "inviteBrokers",
            "The person's side: invites one or more matching brokers.", (s, i, ct) => s.InviteAsync(i, ct));
        Step<RespondToBrokerageInviteInputType, RespondToBrokerageInviteInput>(mutation, "respondToBrokerageInvite",
            "An invited broker accepts or declines, with a note.", (s, i, ct) => s.RespondAsync(i, ct));
        Step<ChooseBrokerInputType, ChooseBrokerInput>(mutation, "chooseBroker",
            "The person's side picks one of the brokers who accepted; the others see it is arranged.", (s, i, ct) => s.ChooseAsync(i, ct));
        Step<LogBrokerageSessionInputType, LogBrokerageSessionInput>(mutation, "logBrokerageSession",
            "The chosen broker logs time spent on the request.", (s, i, ct) => s.LogSessionAsync(i, ct));
        Step<WithdrawBrokerageRequestInputType, WithdrawBrokerageRequestInput>(mutation, "withdrawBrokerageRequest",
            "The person's side or a coordinator withdraws a request no session was logged on.", (s, i, ct) => s.WithdrawAsync(i, ct));
        BrokerageMutationField.Add<CloseBrokerageRequestPayloadType, CloseBrokerageRequestInputType, CloseBrokerageRequestInput, BrokerageClosed, BrokerageClose>(mutation,
            "closeBrokerageRequest",
            "The person's side or a coordinator closes the request with its outcome; the minutes given (at most those logged) move to the broker's hours account as one exchange.",
            (s, i, ct) => s.CloseAsync(i, ct));
    }

    private static void Step<TInputType, TInput>(ObjectGraphType mutation, string name, string description, Func<BrokerageRequestService, TInput, CancellationToken, Task<BrokerageRequest>> run)
        where TInputType : IInputObjectGraphType
        => BrokerageMutationField.Add<ResultPayloadType<BrokerageRequest, BrokerageRequestType>, TInputType, TInput, BrokerageRequest, BrokerageRequestService>(mutation, name, description, run);
}

public sealed class CloseBrokerageRequestPayloadType : PayloadType<BrokerageClosed>
{
    public CloseBrokerageRequestPayloadType()
        : base("CloseBrokerageRequestPayload")
    {
        Description = "The closed request and, when hours were given, the exchange that paid the broker.";
        Field<BrokerageRequestType>("brokerageRequest")
            .Resolve(c => c.Source.Result is { } closed ? c.Service<BrokerageRequestLoader>().Load(closed.RequestId) : null);
        Field<ExchangeType>("exchange")
            .Resolve(c => c.Source.Result?.ExchangeId is { } exchange ? c.Service<ByIdLoader<Exchange>>().Load(exchange) : null);
    }
}
