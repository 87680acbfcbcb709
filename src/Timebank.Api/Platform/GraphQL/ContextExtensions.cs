using GraphQL;

namespace Timebank.Api.Platform.GraphQL;

public static class ContextExtensions
{
    /// <summary>A service of the current request's scope (resolvers run inside the HTTP request's scope).</summary>
    public static T Service<T>(this IResolveFieldContext context) where T : notnull
        => context.RequestServices!.GetRequiredService<T>();
}
