using System.Text.Json;

namespace Timebank.Web.GraphQL;

/// <summary>
/// How a page reaches the API: one public operation, run for whoever is signed in to this request. The host runs it
/// in process through the same executor, validation rules and limits as a POST to /graphql, and answers with the
/// response as JSON, so the web reads exactly what any other client would.
/// </summary>
public interface IGraphQLClient
{
    Task<JsonDocument> ExecuteAsync(string document, string operationName, string variablesJson, CancellationToken cancellationToken);
}
