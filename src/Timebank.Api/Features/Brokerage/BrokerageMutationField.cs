using GraphQL;
using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;

namespace Timebank.Api.Features.Brokerage;

/// <summary>Every brokerage mutation's shape: one input, signed in, a payload with the result or typed errors.</summary>
internal static class BrokerageMutationField
{
    public static void Add<TPayloadType, TInputType, TInput, TResult, TService>(ObjectGraphType mutation, string name, string description,
        Func<TService, TInput, CancellationToken, Task<TResult>> run)
        where TPayloadType : IGraphType
        where TInputType : IInputObjectGraphType
        where TResult : class
        where TService : notnull
        => mutation.Field<NonNullGraphType<TPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => run(c.Service<TService>(), c.Input<TInput>(), c.CancellationToken)));
}
