using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Timebank.Api.Tests.Infrastructure;

/// <summary>Sends GraphQL documents to /graphql as real JSON over HTTP, as any client would.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public string? Token { get; set; }

    public HttpClient Http => http;

    /// <summary>Runs one of the contract operations in schema/operations by its name.</summary>
    public Task<GraphQLResult> RunAsync(string operation, object? variables = null)
        => PostAsync(Operations.Load(operation), variables, operation);

    public async Task<GraphQLResult> PostAsync(string query, object? variables = null, string? operationName = null, string accept = GraphQLResponse)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables, operationName }),
        };
        request.Headers.Accept.ParseAdd(accept);
        if (Token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await http.SendAsync(request);
        return await GraphQLResult.ReadAsync(response);
    }

    public async Task<GraphQLResult> GetAsync(string query, object? variables = null, string accept = GraphQLResponse)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query)
            + (variables is null ? string.Empty : "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables)));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        if (Token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await http.SendAsync(request);
        return await GraphQLResult.ReadAsync(response);
    }
}

/// <summary>A response: its status, content type and JSON body, with small helpers to read paths like "signUp.member.id".</summary>
public sealed record GraphQLResult(HttpStatusCode Status, string? ContentType, JsonElement Body, HttpResponseMessage Response)
{
    public static async Task<GraphQLResult> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new GraphQLResult(response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, response);
    }

    public IReadOnlyList<JsonElement> Errors
        => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToList() : [];

    public IReadOnlyList<string?> ErrorCodes
        => Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null).ToList();

    public bool HasData => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("data", out _);

    /// <summary>Fails the test with the whole body when the response carries GraphQL errors.</summary>
    public GraphQLResult ShouldSucceed()
    {
        Assert.True(Status == HttpStatusCode.OK && Errors.Count == 0, $"Expected success, got {(int)Status}: {Body}");
        return this;
    }

    /// <summary>The value at a dotted path under data; numbers index into lists.</summary>
    public JsonElement At(string path)
    {
        var current = Body.GetProperty("data");
        foreach (var part in path.Split('.'))
        {
            current = current.ValueKind == JsonValueKind.Array ? current[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)] : current.GetProperty(part);
        }
        return current;
    }

    public string? Text(string path) => At(path).ValueKind == JsonValueKind.Null ? null : At(path).GetString();

    /// <summary>The typed errors of a mutation payload at <paramref name="payload"/> (its errors field).</summary>
    public IReadOnlyList<string> PayloadErrorCodes(string payload)
        => At(payload + ".errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToList();

    public override string ToString() => $"{(int)Status} {Body}";
}
