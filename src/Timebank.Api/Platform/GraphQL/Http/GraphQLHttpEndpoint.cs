using System.Globalization;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using Timebank.Api.Platform.GraphQL.Execution;

namespace Timebank.Api.Platform.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP at /graphql, written to the spec: GET and POST only, POST bodies in JSON, mutations only over
/// POST, the response type negotiated from Accept, and status codes that tell request errors from results.
/// </summary>
public sealed partial class GraphQLHttpEndpoint(
    IDocumentExecuter executer,
    ISchema schema,
    TimebankSerializer serializer,
    IOptions<GraphQLOptions> options,
    ILogger<GraphQLHttpEndpoint> logger)
{
    public const string Path = "/graphql";

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteRequestErrorAsync(http, StatusCodes.Status405MethodNotAllowed, MediaTypes.Json, "Use GET or POST.");
            return;
        }
        if (isGet && options.Value.GraphiQL && MediaTypes.WantsHtml(request.Headers.Accept))
        {
            await GraphiQLPage.WriteAsync(http);
            return;
        }
        if (MediaTypes.Negotiate(request.Headers.Accept) is not { } mediaType)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status406NotAcceptable, MediaTypes.Json,
                $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            return;
        }

        var (graphQLRequest, status, problem) = isGet ? ReadGet(request) : await ReadPostAsync(request);
        if (graphQLRequest is null)
        {
            await WriteRequestErrorAsync(http, status, mediaType, problem!);
            return;
        }

        var result = await ExecuteAsync(http, graphQLRequest, request.Method);

        http.Response.StatusCode = StatusFor(result, mediaType);
        if (http.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
            http.Response.Headers.Allow = "POST";
        if (http.Response.StatusCode == StatusCodes.Status401Unauthorized)
            http.Response.Headers.WWWAuthenticate = "Bearer";
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await WriteResultAsync(http, result);
    }

    /// <summary>Runs one request as the endpoint does (rules, limits, the signed-in person); the web's in-process client runs its operations here too.</summary>
    public Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest graphQLRequest, string method)
        => executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = graphQLRequest.Query,
            OperationName = graphQLRequest.OperationName,
            Variables = graphQLRequest.Variables,
            Extensions = graphQLRequest.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            Timeout = options.Value.ExecutionTimeout,
            UserContext = new Dictionary<string, object?> { [RequestFacts.HttpMethodKey] = method },
            UnhandledExceptionDelegate = OnUnhandledException,
        });

    /// <summary>A domain refusal raised while reading (not in a mutation payload) is an expected answer: typed, with its code, and not logged as a failure.</summary>
    private Task OnUnhandledException(UnhandledExceptionContext failure)
    {
        if (failure.OriginalException is DomainException refused)
            failure.Exception = new ExecutionError(refused.Error.Message) { Code = refused.Error.Code };
        else
            LogUnhandled(logger, failure.OriginalException, failure.FieldContext?.FieldDefinition.Name ?? "(request)");
        return Task.CompletedTask;
    }

    /// <summary>Sends the result whole, or, past Timebank:GraphQL:MaxResponseBytes, a RESPONSE_TOO_LARGE error in its place.</summary>
    private async Task WriteResultAsync(HttpContext http, ExecutionResult result)
    {
        var limit = options.Value.MaxResponseBytes;
        using var body = new ResponseBuffer(limit);
        try
        {
            serializer.Write(body, result);
        }
        catch (ResponseBuffer.TooLargeException)
        {
            LogResponseTooLarge(logger, limit);
            body.Clear();
            serializer.Write(body, new ExecutionResult
            {
                Executed = result.Executed,
                Errors = [new ExecutionError(string.Create(CultureInfo.InvariantCulture, $"The response would be larger than {limit:N0} bytes: ask for fewer items or fields.")) { Code = ErrorCodes.ResponseTooLarge }],
            });
        }
        http.Response.ContentLength = body.Written.Length;
        await http.Response.Body.WriteAsync(body.Written, http.RequestAborted);
    }

    /// <summary>
    /// An executed operation is 200 even with field errors. A request error (nothing executed) is 200 under plain JSON,
    /// as legacy clients expect, and a 4xx under graphql-response+json; a mutation over GET is 405 under both.
    /// </summary>
    private static int StatusFor(ExecutionResult result, string mediaType)
    {
        if (result.Executed)
            return StatusCodes.Status200OK;
        var codes = result.Errors?.Select(e => e.Code).ToList() ?? [];
        if (codes.Contains(ErrorCodes.MethodNotAllowed))
            return StatusCodes.Status405MethodNotAllowed;
        if (mediaType != MediaTypes.GraphQLResponse)
            return StatusCodes.Status200OK;
        if (codes.Count > 0 && codes.All(code => code == ErrorCodes.NotAuthenticated))
            return StatusCodes.Status401Unauthorized;
        // Not the client's fault: a failure before execution, or the execution time limit.
        if (result.Errors!.Any(e => e is UnhandledError))
            return StatusCodes.Status500InternalServerError;
        if (result.Errors!.Any(e => e is TimeoutError))
            return StatusCodes.Status503ServiceUnavailable;
        return StatusCodes.Status400BadRequest;
    }

    private (GraphQLRequest? Request, int Status, string? Problem) ReadGet(HttpRequest request)
    {
        var query = request.Query["query"];
        if (query.Count != 1 || string.IsNullOrEmpty(query[0]))
            return Refuse("Pass the GraphQL document in the 'query' parameter.");
        try
        {
            return (new GraphQLRequest
            {
                Query = query[0],
                OperationName = request.Query["operationName"] is { Count: 1 } name && name[0] is { Length: > 0 } operation ? operation : null,
                Variables = ReadJsonParameter(request, "variables"),
                Extensions = ReadJsonParameter(request, "extensions"),
            }, StatusCodes.Status200OK, null);
        }
        catch (Exception failure) when (failure is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return Refuse("The 'variables' and 'extensions' parameters must be JSON objects.");
        }
    }

    private Inputs? ReadJsonParameter(HttpRequest request, string name)
        => request.Query[name] is { Count: 1 } value && !string.IsNullOrEmpty(value[0])
            ? serializer.Deserialize<Inputs>(value[0]) ?? throw new JsonException($"{name} is null")
            : null;

    private async Task<(GraphQLRequest? Request, int Status, string? Problem)> ReadPostAsync(HttpRequest request)
    {
        if (!MediaTypes.IsJsonRequest(request.ContentType))
            return (null, StatusCodes.Status415UnsupportedMediaType, $"POST a body of type {MediaTypes.Json} (UTF-8).");
        var limit = options.Value.MaxRequestBytes;
        if (request.ContentLength > limit)
            return (null, StatusCodes.Status413PayloadTooLarge, $"Requests are limited to {limit} bytes.");

        using var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            if (body.Length + read > limit)
                return (null, StatusCodes.Status413PayloadTooLarge, $"Requests are limited to {limit} bytes.");
            body.Write(buffer, 0, read);
        }
        body.Position = 0;

        GraphQLRequest? parsed;
        try
        {
            parsed = await serializer.ReadAsync<GraphQLRequest>(body, request.HttpContext.RequestAborted);
        }
        catch (Exception failure) when (failure is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return Refuse("The body must be one JSON object with a string 'query' and optional 'operationName', 'variables' and 'extensions'.");
        }
        if (parsed is null || string.IsNullOrEmpty(parsed.Query))
            return Refuse("The body must carry the GraphQL document as a string in 'query'.");
        return (parsed, StatusCodes.Status200OK, null);
    }

    private static (GraphQLRequest?, int, string?) Refuse(string problem) => (null, StatusCodes.Status400BadRequest, problem);

    private async Task WriteRequestErrorAsync(HttpContext http, int status, string mediaType, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = ErrorCodes.BadRequest }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error while resolving {Field}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string field);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A response passed the limit of {Limit} bytes and was replaced by an error")]
    private static partial void LogResponseTooLarge(ILogger logger, int limit);
}
