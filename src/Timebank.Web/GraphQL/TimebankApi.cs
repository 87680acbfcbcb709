using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timebank.Web.GraphQL;

/// <summary>
/// The pages' typed view of <see cref="IGraphQLClient"/>: reads return the root field as a record, mutations return
/// the payload with its typed errors. Scoped, so one request's pages share it.
/// </summary>
public sealed class TimebankApi(IGraphQLClient client)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    /// <summary>Runs a query operation and reads its root field <paramref name="field"/> (the operation's name by default).</summary>
    public Task<T> QueryAsync<T>(string operation, object? variables = null, string? field = null, CancellationToken cancellationToken = default)
        => ReadAsync<T>(operation, variables, data => data.GetProperty(field ?? operation), cancellationToken);

    /// <summary>Runs a query operation with several root fields and reads its whole data object.</summary>
    public Task<T> QueryDataAsync<T>(string operation, object? variables = null, CancellationToken cancellationToken = default)
        => ReadAsync<T>(operation, variables, data => data, cancellationToken);

    private async Task<T> ReadAsync<T>(string operation, object? variables, Func<JsonElement, JsonElement> part, CancellationToken cancellationToken)
    {
        using var response = await RunAsync(operation, variables, cancellationToken);
        var root = response.RootElement;
        ThrowOnErrors(root);
        return part(root.GetProperty("data")).Deserialize<T>(Json) ?? throw new NotFoundException("Nothing was found.");
    }

    /// <summary>Runs a mutation operation with its one input and reads its payload; expected refusals are in the payload's errors.</summary>
    public async Task<T> MutateAsync<T>(string operation, object input, CancellationToken cancellationToken = default)
        where T : IPayload
    {
        using var response = await RunAsync(operation, new { input }, cancellationToken);
        var root = response.RootElement;
        ThrowOnErrors(root);
        return root.GetProperty("data").GetProperty(operation).Deserialize<T>(Json)
            ?? throw new ApiException("UNEXPECTED", "The service gave no answer. Try again.");
    }

    private Task<JsonDocument> RunAsync(string operation, object? variables, CancellationToken cancellationToken)
        => client.ExecuteAsync(Operations.Document(operation), operation, JsonSerializer.Serialize(variables ?? new { }, Json), cancellationToken);

    /// <summary>Errors outside a payload: not signed in, not found, or a failure the person can only retry.</summary>
    private static void ThrowOnErrors(JsonElement root)
    {
        if (!root.TryGetProperty("errors", out var errors) || errors.GetArrayLength() == 0)
            return;
        var first = errors[0];
        var message = first.TryGetProperty("message", out var text) ? text.GetString() ?? "" : "";
        var code = first.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
        throw code switch
        {
            "NOT_AUTHENTICATED" => new SignInRequiredException(message),
            // A read refused for want of a role shows the same page as one that does not exist.
            "NOT_FOUND" or "NOT_ALLOWED" => new NotFoundException(message),
            _ => new ApiException(code, message),
        };
    }
}

/// <summary>Every mutation payload carries its typed errors, empty on success.</summary>
public interface IPayload
{
    IReadOnlyList<UserError> Errors { get; }
}
