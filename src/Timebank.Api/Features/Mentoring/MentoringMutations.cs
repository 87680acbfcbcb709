using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Domain.Mentoring;

namespace Timebank.Api.Features.Mentoring;

public sealed class MentoringMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ResultPayloadType<MentoringPairing, PairingType>>>("pairMentor")
            .Description("Pairs a mentor with a mentee, or with a set of up to 12 (an organisation's organisers).")
            .Argument<NonNullGraphType<PairMentorInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => c.Service<MentoringService>().PairAsync(c.Input<PairMentorInput>(), c.CancellationToken)));

        mutation.Field<NonNullGraphType<ResultPayloadType<MentoringPairing, PairingType>>>("endPairing")
            .Description("Ends a pairing (an organiser or the mentor); nothing is due after it.")
            .Argument<NonNullGraphType<EndPairingInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => c.Service<MentoringService>().EndAsync(c.Input<EndPairingInput>(), c.CancellationToken)));

        mutation.Field<NonNullGraphType<ResultPayloadType<MentoringMeeting, MeetingType>>>("logMentoringMeeting")
            .Description("Logs a meeting of the pair (the mentor or a mentee); may bank the mentor's hours, once.")
            .Argument<NonNullGraphType<LogMentoringMeetingInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => c.Service<MentoringService>().LogMeetingAsync(c.Input<LogMentoringMeetingInput>(), c.CancellationToken)));
    }
}
