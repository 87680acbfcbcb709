using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Timebank.Web.GraphQL;

namespace Timebank.Api.Platform.GraphQL.Http;

/// <summary>
/// The web's way to the API: each page's operation runs through <see cref="GraphQLHttpEndpoint.ExecuteAsync"/> as a
/// POST would, for the person signed in to the page's request, and comes back as the JSON any client reads.
/// </summary>
public sealed class InProcessGraphQLClient(GraphQLHttpEndpoint endpoint, TimebankSerializer serializer, IHttpContextAccessor accessor) : IGraphQLClient
{
    public async Task<JsonDocument> ExecuteAsync(string document, string operationName, string variablesJson, CancellationToken cancellationToken)
    {
        var http = accessor.HttpContext ?? throw new InvalidOperationException("The web's GraphQL client runs only inside a web request.");
        var request = new GraphQLRequest { Query = document, OperationName = operationName, Variables = serializer.Deserialize<Inputs>(variablesJson) };
        var result = await endpoint.ExecuteAsync(http, request, HttpMethods.Post);
        var body = new ArrayBufferWriter<byte>();
        serializer.Write(body, result);
        return JsonDocument.Parse(body.WrittenMemory);
    }
}
