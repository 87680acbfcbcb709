using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace Timebank.Api.Platform.GraphQL.Execution;

/// <summary>
/// Counts the values introspection would answer with, by walking this schema as execution would, building nothing
/// and stopping as soon as the limit is passed. The limit is twice what GraphiQL's full schema query answers with,
/// so it grows with the schema; aliases and repeated fragments count each time, as they do in the response.
/// </summary>
public sealed class IntrospectionVolume(ISchema schema)
{
    /// <summary>What GraphiQL sends (graphql-js 16's getIntrospectionQuery() with its defaults).</summary>
    private const string FullSchemaQuery = """
        query IntrospectionQuery { __schema { queryType { name kind } mutationType { name kind } subscriptionType { name kind }
          types { ...FullType } directives { name description locations args { ...InputValue } } } }
        fragment FullType on __Type { kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue } interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type { kind name ofType { name kind ofType { name kind ofType { name kind ofType { name kind
          ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind } } } } } } } } } }
        """;

    private readonly Lazy<long> _limit = new(() => 2 * FullSchemaValues(schema));

    public long Limit => _limit.Value;

    /// <summary>True when the introspection root fields (<c>__schema</c>, <c>__type</c>) answer with at most <see cref="Limit"/> values.</summary>
    public bool Allows(GraphQLDocument document, IEnumerable<GraphQLField> roots)
    {
        var count = new Count(schema, document, Limit);
        foreach (var root in roots)
        {
            count.Root(root);
            if (count.Over)
                return false;
        }
        return true;
    }

    private static long FullSchemaValues(ISchema schema)
    {
        var document = Parser.Parse(FullSchemaQuery);
        var count = new Count(schema, document, long.MaxValue);
        foreach (var root in Count.Fields(document, document.Definitions.OfType<GraphQLOperationDefinition>().Single().SelectionSet))
            count.Root(root);
        return count.Values;
    }

    /// <summary>One value per field answered for each item, one per item of a list; nothing is built.</summary>
    private sealed class Count(ISchema schema, GraphQLDocument document, long limit)
    {
        public long Values { get; private set; }

        public bool Over => Values > limit;

        public void Root(GraphQLField field)
        {
            Values++;
            if (field.Name.Value == "__schema")
                Schema(field.SelectionSet);
            else if (field.Name.Value == "__type")
                Type(Named(field), field.SelectionSet);
        }

        /// <summary>The fields a selection answers with, inline fragments and fragment spreads opened (their nesting is bounded by <see cref="DocumentShape"/>).</summary>
        public static IEnumerable<GraphQLField> Fields(GraphQLDocument document, GraphQLSelectionSet? set)
        {
            foreach (var selection in set?.Selections ?? [])
            {
                var inner = selection switch
                {
                    GraphQLField field => [field],
                    GraphQLInlineFragment inline => Fields(document, inline.SelectionSet),
                    GraphQLFragmentSpread spread => Fields(document, document.FindFragmentDefinition(spread.FragmentName.Name)?.SelectionSet),
                    _ => [],
                };
                foreach (var field in inner)
                    yield return field;
            }
        }

        private void Schema(GraphQLSelectionSet? set)
        {
            foreach (var field in Fields(document, set))
            {
                Values++;
                switch (field.Name.StringValue)
                {
                    case "types":
                        Each(schema.AllTypes, type => Type(type, field.SelectionSet));
                        break;
                    case "queryType":
                        Type(schema.Query, field.SelectionSet);
                        break;
                    case "mutationType":
                        Type(schema.Mutation, field.SelectionSet);
                        break;
                    case "subscriptionType":
                        Type(schema.Subscription, field.SelectionSet);
                        break;
                    case "directives":
                        Each(schema.Directives, directive => Directive(directive, field.SelectionSet));
                        break;
                }
                if (Over)
                    return;
            }
        }

        private void Type(IGraphType? type, GraphQLSelectionSet? set)
        {
            if (type is null)
                return;
            foreach (var field in Fields(document, set))
            {
                Values++;
                var inner = field.SelectionSet;
                switch (field.Name.StringValue)
                {
                    case "fields" when type is IObjectGraphType or IInterfaceGraphType:
                        Each(((IComplexGraphType)type).Fields, f => Field(f.ResolvedType, f.Arguments, inner));
                        break;
                    case "inputFields" when type is IInputObjectGraphType input:
                        Each(input.Fields, f => InputValue(f.ResolvedType, inner));
                        break;
                    case "interfaces" when type is IImplementInterfaces implementing:
                        Each(implementing.ResolvedInterfaces, i => Type(i, inner));
                        break;
                    case "possibleTypes" when type is IAbstractGraphType abstractType:
                        Each(abstractType.PossibleTypes, t => Type(t, inner));
                        break;
                    case "enumValues" when type is EnumerationGraphType enumeration:
                        Each(enumeration.Values, _ => Leaves(inner));
                        break;
                    case "ofType" when type is NonNullGraphType or ListGraphType:
                        Type(((IProvideResolvedType)type).ResolvedType, inner);
                        break;
                }
                if (Over)
                    return;
            }
        }

        private void Field(IGraphType? type, QueryArguments? arguments, GraphQLSelectionSet? set)
        {
            foreach (var field in Fields(document, set))
            {
                Values++;
                if (field.Name.Value == "args")
                    Each(arguments ?? [], argument => InputValue(argument.ResolvedType, field.SelectionSet));
                else if (field.Name.Value == "type")
                    Type(type, field.SelectionSet);
            }
        }

        private void InputValue(IGraphType? type, GraphQLSelectionSet? set)
        {
            foreach (var field in Fields(document, set))
            {
                Values++;
                if (field.Name.Value == "type")
                    Type(type, field.SelectionSet);
            }
        }

        private void Directive(Directive directive, GraphQLSelectionSet? set)
        {
            foreach (var field in Fields(document, set))
            {
                Values++;
                if (field.Name.Value == "args")
                    Each(directive.Arguments ?? [], argument => InputValue(argument.ResolvedType, field.SelectionSet));
                else if (field.Name.Value == "locations")
                    Values += directive.Locations.Count;
            }
        }

        private void Leaves(GraphQLSelectionSet? set) => Values += Fields(document, set).Count();

        private void Each<T>(IEnumerable<T> items, Action<T> answer)
        {
            foreach (var item in items)
            {
                Values++;
                answer(item);
                if (Over)
                    return;
            }
        }

        /// <summary>The type <c>__type(name:)</c> names; a name given in a variable counts as the schema's largest type, so the count never depends on variables.</summary>
        private IGraphType? Named(GraphQLField field)
        {
            var name = field.Arguments?.ValueFor("name");
            if (name is GraphQLStringValue literal)
                return schema.AllTypes[literal.Value.ToString()];
            return schema.AllTypes.OrderByDescending(Size).FirstOrDefault();
        }

        private static int Size(IGraphType type) => type switch
        {
            IComplexGraphType complex => complex.Fields.Count + complex.Fields.Sum(f => f.Arguments?.Count ?? 0),
            EnumerationGraphType enumeration => enumeration.Values.Count,
            IAbstractGraphType abstractType => abstractType.PossibleTypes.Count,
            _ => 0,
        };
    }
}
