using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Execution;

namespace Timebank.Api.Platform.GraphQL.Errors;

/// <summary>What every mutation returns: its result when it worked, or the typed errors saying why not.</summary>
public sealed record Payload<T>(T? Result, IReadOnlyList<DomainError> Errors) where T : class;

/// <summary>A mutation payload type: the subclass adds the result fields, this adds <c>errors: [UserError!]!</c>.</summary>
public abstract class PayloadType<T> : ObjectGraphType<Payload<T>> where T : class
{
    protected PayloadType(string name)
    {
        Name = name;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors")
            .Description("Empty when the mutation succeeded.")
            .Resolve(context => context.Source.Errors);
    }

    /// <summary>A nullable field read from the result; null when the mutation was refused.</summary>
    protected FieldBuilder<Payload<T>, object> Result<TGraphType>(string name, Func<T, object?> select) where TGraphType : IGraphType
        => Field<TGraphType, object>(name).Resolve(context => context.Source.Result is { } result ? select(result) : null);
}

/// <summary>
/// The payload of a mutation whose result is one object: <c>{Type}Payload { {type}, errors }</c>, e.g.
/// <c>AccountPayload { account errors }</c>.
/// </summary>
public sealed class ResultPayloadType<TResult, TGraphType> : PayloadType<TResult>
    where TResult : class
    where TGraphType : IGraphType, new()
{
    public ResultPayloadType()
        : base(new TGraphType().Name + "Payload")
    {
        var type = new TGraphType().Name;
        Result<TGraphType>(char.ToLowerInvariant(type[0]) + type[1..], result => result);
    }
}

/// <summary>The one place where domain refusals become payload errors.</summary>
public static class Mutations
{
    public static async Task<Payload<T>> RunAsync<T>(IResolveFieldContext context, Func<Task<T>> work) where T : class
    {
        try
        {
            return new Payload<T>(await work(), []);
        }
        catch (DomainException refused)
        {
            return new Payload<T>(null, [refused.Error]);
        }
        finally
        {
            context.RequestServices!.GetRequiredService<Viewer>().ForgetMemberships();
        }
    }

    /// <summary>The mutation's single <c>input</c> argument.</summary>
    public static T Input<T>(this IResolveFieldContext context) => context.GetArgument<T>("input");
}

/// <summary>Declares a mutation field the way every feature does: one non-null <c>input</c>, signed in, refusals as typed errors.</summary>
public static class MutationField
{
    public static void Add<TPayloadType, TInputType, TInput, TResult>(ObjectGraphType mutation, string name, string description,
        Func<IResolveFieldContext, TInput, Task<TResult>> run)
        where TPayloadType : IGraphType
        where TInputType : IInputObjectGraphType
        where TResult : class
        => mutation.Field<NonNullGraphType<TPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => run(c, c.Input<TInput>())));
}
