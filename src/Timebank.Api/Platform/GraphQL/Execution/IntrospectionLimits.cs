using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser;
using GraphQLParser.AST;

namespace Timebank.Api.Platform.GraphQL.Execution;

/// <summary>
/// Introspection gets its own limits. Its cost depends on the schema, not on data, so GraphiQL's full schema query
/// (about 15 levels of ofType) must pass the depth and complexity limits meant for data. What makes introspection
/// expensive is cycling through types (type → fields → type → fields …), so that is refused; and repeating it
/// (aliases, fragments), so what it answers with is counted (<see cref="IntrospectionVolume"/>).
/// </summary>
public static class IntrospectionLimits
{
    public const int MaxDepth = 24;

    /// <summary>List fields that lead from a type back to more types; each may appear once on any path.</summary>
    private static readonly HashSet<string> Cycling = ["types", "fields", "inputFields", "interfaces", "possibleTypes", "args"];

    public static bool IsIntrospectionRoot(string name) => name is "__schema" or "__type";

    /// <summary>Introspection fields cost nothing in the complexity sum for data; <see cref="IntrospectionRule"/> bounds them instead.</summary>
    public static ComplexityOptions FreeIntrospection(this ComplexityOptions options)
    {
        var standard = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = context =>
            context.ParentType.Name.StartsWith("__", StringComparison.Ordinal) || IsIntrospectionRoot(context.FieldDefinition.Name)
                ? new FieldComplexityResult(0, 1)
                : standard(context);
        return options;
    }

    internal static string? FindViolation(ValidationContext context, IntrospectionVolume volume)
    {
        var roots = RootSelection.Fields(context).Select(f => f.Node).Where(f => IsIntrospectionRoot(f.Name.StringValue)).ToList();
        foreach (var root in roots)
        {
            if (Walk(context, root.SelectionSet, [], 1) is { } violation)
                return violation;
        }
        return volume.Allows(context.Document, roots)
            ? null
            : $"Introspection may answer with at most {volume.Limit} values (twice GraphiQL's full schema query); aliased and repeated fields count each time.";
    }

    private static string? Walk(ValidationContext context, GraphQLSelectionSet? set, List<string> path, int depth)
    {
        if (set is null)
            return null;
        if (depth > MaxDepth)
            return $"Introspection queries may nest at most {MaxDepth} levels.";
        foreach (var selection in set.Selections)
        {
            var violation = selection switch
            {
                GraphQLField field when Cycling.Contains(field.Name.StringValue) && path.Contains(field.Name.StringValue)
                    => $"Introspection may not repeat '{field.Name.StringValue}' inside itself.",
                GraphQLField field => Descend(context, field, path, depth),
                GraphQLInlineFragment inline => Walk(context, inline.SelectionSet, path, depth + 1),
                GraphQLFragmentSpread spread => Walk(context, context.Document.FindFragmentDefinition(spread.FragmentName.Name)?.SelectionSet, path, depth + 1),
                _ => null,
            };
            if (violation is not null)
                return violation;
        }
        return null;
    }

    private static string? Descend(ValidationContext context, GraphQLField field, List<string> path, int depth)
    {
        path.Add(field.Name.StringValue);
        try
        {
            return Walk(context, field.SelectionSet, path, depth + 1);
        }
        finally
        {
            path.RemoveAt(path.Count - 1);
        }
    }
}

/// <summary>Refuses introspection that cycles through types, nests past <see cref="IntrospectionLimits.MaxDepth"/> or answers with more than <see cref="IntrospectionVolume.Limit"/> values.</summary>
public sealed class IntrospectionRule(IntrospectionVolume volume) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (IntrospectionLimits.FindViolation(context, volume) is { } violation)
            context.ReportError(new ValidationError(context.Document.Source, null, violation, context.Operation) { Code = "INTROSPECTION_LIMIT" });
        return default;
    }
}

/// <summary>The depth and complexity limits for data; an operation that only introspects is bounded by <see cref="IntrospectionRule"/>.</summary>
public sealed class DataComplexityRule(ComplexityOptions options) : ComplexityValidationRule(options)
{
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
        => RootSelection.Fields(context).All(f => IntrospectionLimits.IsIntrospectionRoot(f.Node.Name.StringValue) || f.Node.Name.StringValue == "__typename")
            ? default
            : base.ValidateComplexityAsync(context, totalComplexity, maxDepth);
}
