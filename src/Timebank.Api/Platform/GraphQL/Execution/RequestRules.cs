using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Timebank.Api.Platform.GraphQL.Execution;

/// <summary>Per-request facts the HTTP endpoint hands to validation through the user context.</summary>
public static class RequestFacts
{
    public const string HttpMethodKey = "timebank.httpMethod";

    public static bool IsGet(this ValidationContext context)
        => context.UserContext.TryGetValue(HttpMethodKey, out var method) && method as string == HttpMethods.Get;
}

public static class AuthenticationMetadata
{
    private const string Key = "timebank.requiresAuthentication";

    /// <summary>Marks a root field as needing a signed-in member; anonymous requests are refused before execution.</summary>
    public static FieldBuilder<TSource, TReturn> RequireAuthentication<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
        => field.WithMetadata(Key, true);

    public static bool RequiresAuthentication(this FieldType field) => field.GetMetadata(Key, false);
}

/// <summary>GET is for reading: a mutation sent over GET is refused (the endpoint answers 405).</summary>
public sealed class OnlyQueriesOverGetRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.IsGet() && context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new ValidationError(context.Document.Source, null,
                $"{context.Operation.Operation.ToString().ToLowerInvariant()} operations must be sent with POST.", context.Operation)
            { Code = ErrorCodes.MethodNotAllowed });
        }
        return default;
    }
}

/// <summary>Caps the root fields of a mutation so aliases cannot batch many sign-ins or transfers into one request.</summary>
public sealed class RootMutationFieldLimitRule(IOptions<GraphQLOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var limit = options.Value.MaxRootMutationFields;
        if (context.Operation.Operation == OperationType.Mutation && RootSelection.ResponseNames(context).Count > limit)
        {
            context.ReportError(new ValidationError(context.Document.Source, null,
                $"A mutation operation may select at most {limit} root fields.", context.Operation)
            { Code = ErrorCodes.TooManyRootFields });
        }
        return default;
    }
}

/// <summary>Refuses __schema and __type when Timebank:GraphQL:Introspection is off.</summary>
public sealed class IntrospectionSwitchRule(IOptions<GraphQLOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        => options.Value.Introspection ? default : NoIntrospectionValidationRule.Instance.GetPreNodeVisitorAsync(context);
}

/// <summary>Refuses root fields marked with RequireAuthentication when nobody is signed in.</summary>
public sealed class AuthenticationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.User?.Identity?.IsAuthenticated == true)
            return default;
        foreach (var (node, definition) in RootSelection.Fields(context))
        {
            if (definition?.RequiresAuthentication() == true)
            {
                context.ReportError(new ValidationError(context.Document.Source, null,
                    $"Sign in to use '{node.Name.Value}': send 'Authorization: Bearer <token>' from signIn.", node)
                { Code = ErrorCodes.NotAuthenticated });
            }
        }
        return default;
    }
}
