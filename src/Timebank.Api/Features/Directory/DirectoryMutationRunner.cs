using GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory;

/// <summary>Like the platform's runner, but an entry refused for several problems answers with each problem as its own typed error.</summary>
public static class DirectoryMutationRunner
{
    public static async Task<Payload<T>> RunAsync<T>(IResolveFieldContext context, Func<Task<T>> work) where T : class
    {
        var payload = await Mutations.RunAsync(context, work);
        return payload.Errors is [DirectoryEntryInvalid invalid] ? payload with { Errors = [.. invalid.Problems] } : payload;
    }
}
