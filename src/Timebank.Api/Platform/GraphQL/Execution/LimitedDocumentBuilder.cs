using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Timebank.Api.Platform.GraphQL.Execution;

/// <summary>
/// Parses as GraphQL.NET does, then refuses a document whose shape would make validation or execution expensive
/// (<see cref="DocumentShape"/>). It runs only when a document is parsed, so cached documents pay nothing, and its
/// refusal is a request error: nothing is validated or executed.
/// </summary>
public sealed class LimitedDocumentBuilder(IOptions<GraphQLOptions> options) : IDocumentBuilder
{
    private readonly GraphQLDocumentBuilder _parser = new();

    public GraphQLDocument Build(string body)
    {
        var document = _parser.Build(body);
        return DocumentShape.Check(document, options.Value) is { } refused ? throw refused : document;
    }
}
