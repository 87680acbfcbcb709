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
