using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Timebank.Api.Platform.GraphQL.Execution;

/// <summary>
/// The root fields an operation selects, however deeply they sit in inline fragments and chains of named fragments.
/// Each named fragment is read once (a second spread of it adds no field), which also stops at cycles; the
/// document's nesting is bounded before validation (<see cref="DocumentShape"/>).
/// </summary>
internal static class RootSelection
{
    public static List<(GraphQLField Node, FieldType? Definition)> Fields(ValidationContext context)
    {
        var root = context.Operation.Operation switch
        {
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => context.Schema.Query,
        };
        var found = new List<(GraphQLField, FieldType?)>();
        Collect(context, context.Operation.SelectionSet, root, found, new HashSet<string>(StringComparer.Ordinal));
        return found;
    }

    /// <summary>The names the root fields answer under; fields that share one are merged and run once.</summary>
    public static HashSet<string> ResponseNames(ValidationContext context)
        => Fields(context).Select(f => (f.Node.Alias?.Name ?? f.Node.Name).StringValue).ToHashSet(StringComparer.Ordinal);

    private static void Collect(ValidationContext context, GraphQLSelectionSet set, IObjectGraphType? root, List<(GraphQLField, FieldType?)> found, HashSet<string> spread)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    found.Add((field, root?.GetField(field.Name.Value)));
                    break;
                case GraphQLInlineFragment inline:
                    Collect(context, inline.SelectionSet, root, found, spread);
                    break;
                case GraphQLFragmentSpread named when spread.Add(named.FragmentName.Name.StringValue)
                                                      && context.Document.FindFragmentDefinition(named.FragmentName.Name) is { } fragment:
                    Collect(context, fragment.SelectionSet, root, found, spread);
                    break;
            }
        }
    }
}
