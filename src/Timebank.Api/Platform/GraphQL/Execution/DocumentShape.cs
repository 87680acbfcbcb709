using GraphQL;
using GraphQLParser.AST;

namespace Timebank.Api.Platform.GraphQL.Execution;

/// <summary>
/// Measures a parsed document before it is validated. Validation compares selections and fragments pairwise, and
/// every walk over an operation (root fields, introspection, complexity, execution) expands fragments, so a document
/// that is short as text can be slow to validate, or huge, deep or endless once expanded. Each fragment is measured
/// once, so measuring costs about as much as reading the text.
/// </summary>
public static class DocumentShape
{
    /// <summary>Selections one operation may expand to; every walk over an operation stays this short.</summary>
    public const int MaxExpandedSelections = 10_000;

    /// <summary>The refusal for a document past a limit, or null when it is within them all.</summary>
    public static ExecutionError? Check(GraphQLDocument document, GraphQLOptions limits)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        var fragmentCount = 0;
        var written = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment)
            {
                fragmentCount++;
                fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
                written += Written(fragment.SelectionSet);
            }
            else if (definition is GraphQLOperationDefinition operation)
            {
                written += Written(operation.SelectionSet);
            }
        }
        if (fragmentCount > limits.MaxFragments)
            return TooLarge($"A document may hold at most {limits.MaxFragments} fragments; this one holds {fragmentCount}.");
        if (written > limits.MaxSelections)
            return TooLarge($"A document may hold at most {limits.MaxSelections} fields and fragments; this one holds {written}.");

        var expansion = new Expansion(fragments, limits.MaxNesting);
        try
        {
            foreach (var definition in document.Definitions)
            {
                if (definition is GraphQLOperationDefinition operation && expansion.Of(operation.SelectionSet, 0).Size > MaxExpandedSelections)
                    return TooLarge($"An operation may expand to at most {MaxExpandedSelections} fields and fragments, counting each fragment wherever it is spread.");
                if (definition is GraphQLFragmentDefinition fragment)
                    expansion.Spread(fragment.FragmentName.Name.StringValue, 0);
            }
        }
        catch (ShapeException refused)
        {
            return refused.Error;
        }
        return null;
    }

    private static int Written(GraphQLSelectionSet set)
    {
        var count = 0;
        foreach (var selection in set.Selections)
        {
            count++;
            var inner = selection switch
            {
                GraphQLField field => field.SelectionSet,
                GraphQLInlineFragment inline => inline.SelectionSet,
                _ => null,
            };
            if (inner is not null)
                count += Written(inner);
        }
        return count;
    }

    private static ExecutionError TooLarge(string message) => new(message) { Code = ErrorCodes.DocumentTooLarge };

    /// <summary>Sizes and depths of selection sets with fragments expanded, each fragment measured once.</summary>
    private sealed class Expansion(Dictionary<string, GraphQLFragmentDefinition> fragments, int maxNesting)
    {
        private readonly Dictionary<string, (long Size, int Depth)> _measured = new(StringComparer.Ordinal);
        private readonly HashSet<string> _open = new(StringComparer.Ordinal);

        /// <summary>A set whose selections sit <paramref name="level"/> levels down; refused before recursing past the nesting limit.</summary>
        public (long Size, int Depth) Of(GraphQLSelectionSet set, int level)
        {
            if (set.Selections.Count > 0 && level >= maxNesting)
                throw TooNested();
            long size = 0;
            var depth = 0;
            foreach (var selection in set.Selections)
            {
                var (innerSize, innerDepth) = selection switch
                {
                    GraphQLField { SelectionSet: { } inner } => Of(inner, level + 1),
                    GraphQLInlineFragment inline => Of(inline.SelectionSet, level + 1),
                    GraphQLFragmentSpread spread => Spread(spread.FragmentName.Name.StringValue, level + 1),
                    _ => (0L, 0),
                };
                // Saturates: fragments that double at each level would overflow a long.
                size = Math.Min(size + 1 + innerSize, MaxExpandedSelections + 1L);
                depth = Math.Max(depth, 1 + innerDepth);
            }
            return (size, depth);
        }

        /// <summary>The fragment's contents where a spread of it sits <paramref name="level"/> levels down.</summary>
        public (long Size, int Depth) Spread(string name, int level)
        {
            if (!fragments.TryGetValue(name, out var fragment))
                return (0, 0); // an unknown fragment is validation's to report
            if (_open.Contains(name))
                throw new ShapeException(new ExecutionError($"Fragment '{name}' spreads itself, directly or through other fragments.") { Code = ErrorCodes.FragmentCycle });
            if (!_measured.TryGetValue(name, out var measured))
            {
                _open.Add(name);
                measured = Of(fragment.SelectionSet, level);
                _open.Remove(name);
                _measured[name] = measured;
            }
            if (level + measured.Depth > maxNesting)
                throw TooNested();
            return measured;
        }

        private ShapeException TooNested() => new(new ExecutionError(
            $"Fields, inline fragments and fragment spreads may nest at most {maxNesting} levels deep, counting fragments where they are spread.")
        { Code = ErrorCodes.DocumentTooNested });
    }

    private sealed class ShapeException(ExecutionError error) : Exception(error.Message)
    {
        public ExecutionError Error => error;
    }
}
