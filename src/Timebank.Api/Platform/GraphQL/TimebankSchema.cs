using GraphQL.Types;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Scalars;

namespace Timebank.Api.Platform.GraphQL;

/// <summary>A feature's root query fields. Each feature folder has one; the Query type is their union.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}

/// <summary>A feature's root mutation fields.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}

/// <summary>
/// A feature's fields on an object type another feature owns (Organisations adds <c>Member.memberships</c>), so
/// neither edits the other's files. The owning type applies every registration with <see cref="ObjectFields.Apply{T}"/>.
/// </summary>
public interface IObjectFields<in TGraphType> where TGraphType : IObjectGraphType
{
    void AddTo(TGraphType type);
}

public static class ObjectFields
{
    /// <summary>Called at the end of an extensible type's constructor, which takes <c>IEnumerable&lt;IObjectFields&lt;ThisType&gt;&gt;</c> from DI.</summary>
    public static void Apply<T>(this T type, IEnumerable<IObjectFields<T>> extensions) where T : IObjectGraphType
    {
        foreach (var extension in extensions)
            extension.AddTo(type);
    }
}

public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        foreach (var feature in features)
            feature.AddTo(this);
    }
}

public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        foreach (var feature in features)
            feature.AddTo(this);
    }
}

public sealed class TimebankSchema : Schema
{
    public TimebankSchema(IServiceProvider services, QueryType query, MutationType mutation, IEnumerable<UserErrorRegistration> userErrors)
        : base(services)
    {
        Description = "Timebank: timebanking, peer support brokerage and personal budgets on one double-entry ledger.";
        Query = query;
        Mutation = mutation;
        RegisterTypeMapping(typeof(Instant), typeof(InstantGraphType));
        RegisterTypeMapping(typeof(LocalDate), typeof(LocalDateGraphType));
        RegisterTypeMapping(typeof(DateTimeZone), typeof(TimeZoneGraphType));
        // Error types are reached only through the UserError interface, so they are registered by hand.
        foreach (var registration in userErrors)
            RegisterType(new UserErrorType(registration));
    }
}
