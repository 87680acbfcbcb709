using GraphQL;
using GraphQL.Types;

namespace Timebank.Api.Platform.GraphQL.Relay;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id, refetchable through node(id:).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id of the object.");
    }
}

/// <summary>Base for object types that are Relay nodes: sets the name, implements Node and encodes the id.</summary>
public abstract class NodeType<T> : ObjectGraphType<T>
{
    protected NodeType(string name, Func<T, Guid> id)
    {
        Name = name;
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => GlobalId.Encode(name, id(context.Source)));
    }
}

/// <summary>Finds one kind of node by its key for node(id:), applying the same visibility rules as the type's own queries.</summary>
public interface INodeSource
{
    string TypeName { get; }

    Task<object?> FindAsync(Guid id, IResolveFieldContext context);
}
