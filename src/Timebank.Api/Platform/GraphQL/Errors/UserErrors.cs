using System.Reflection;
using GraphQL;
using GraphQL.Types;
using Timebank.Api.Platform.GraphQL.Relay;

namespace Timebank.Api.Platform.GraphQL.Errors;

public sealed class UserErrorInterface : InterfaceGraphType<DomainError>
{
    public UserErrorInterface()
    {
        Name = "UserError";
        Description = "An expected refusal: the request was understood and nothing was changed.";
        Field(e => e.Code).Description("A stable machine-readable code, e.g. NOT_ALLOWED.");
        Field(e => e.Message).Description("A sentence for people.");
    }
}

/// <summary>Which GraphQL object type stands for each domain error; features add theirs with AddUserError.</summary>
public sealed record UserErrorRegistration(Type ErrorType, string GraphQLName, string Description);

/// <summary>
/// One GraphQL object type per domain error record: code and message, plus the record's own properties
/// (for example a validation error's field), found by reflection so adding an error is one registration.
/// </summary>
[DoNotRegister]
public sealed class UserErrorType : ObjectGraphType<DomainError>
{
    private static readonly HashSet<string> Shared = [nameof(DomainError.Code), nameof(DomainError.Message), "EqualityContract"];

    public UserErrorType(UserErrorRegistration registration)
    {
        Name = registration.GraphQLName;
        Description = registration.Description;
        Interface<UserErrorInterface>();
        IsTypeOf = error => error.GetType() == registration.ErrorType;
        Field(e => e.Code);
        Field(e => e.Message);
        var nullability = new NullabilityInfoContext();
        foreach (var property in registration.ErrorType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => !Shared.Contains(p.Name)))
        {
            var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            // A nullable property (long?, string?, Id<T>?) is a nullable field: errors leave out what the caller may not see.
            var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null || nullability.Create(property).ReadState == NullabilityState.Nullable;
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Id<>))
            {
                // Ids leave the API as Relay global ids of the type they name (Id<Account> → "Account:…").
                var typeName = type.GetGenericArguments()[0].Name;
                var guid = type.GetProperty(nameof(Id<object>.Value))!;
                Field(name, Typed(typeof(IdGraphType), nullable)).Resolve(context =>
                    property.GetValue(context.Source) is { } id ? GlobalId.Encode(typeName, (Guid)guid.GetValue(id)!) : null);
                continue;
            }
            var graphType = type switch
            {
                var t when t == typeof(string) => typeof(StringGraphType),
                var t when t == typeof(int) => typeof(IntGraphType),
                var t when t == typeof(long) => typeof(LongGraphType),
                var t when t == typeof(double) => typeof(FloatGraphType),
                var t when t == typeof(decimal) => typeof(DecimalGraphType),
                var t when t == typeof(Guid) => typeof(IdGraphType),
                var t when typeof(IEnumerable<DomainError>).IsAssignableFrom(t) => typeof(ListGraphType<NonNullGraphType<UserErrorInterface>>),
                var t when t == typeof(string[]) || typeof(IEnumerable<string>).IsAssignableFrom(t) => typeof(ListGraphType<NonNullGraphType<StringGraphType>>),
                // An enum or a small value type (a status, an accreditation code) reads as its code.
                var t when t.IsEnum || t.GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType == t => typeof(StringGraphType),
                var other => throw new InvalidOperationException($"{registration.ErrorType.Name}.{property.Name} has type {other.Name}, which user errors cannot expose."),
            };
            Field(name, Typed(graphType, nullable)).Resolve(context => graphType == typeof(StringGraphType) && type != typeof(string)
                ? Code(property.GetValue(context.Source))
                : property.GetValue(context.Source));
        }
    }

    private static string? Code(object? value)
        => value is Enum ? string.Concat(value.ToString()!.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + c : char.ToUpperInvariant(c).ToString())) : value?.ToString();

    private static Type Typed(Type graphType, bool nullable) => nullable ? graphType : typeof(NonNullGraphType<>).MakeGenericType(graphType);
}

public static class UserErrorRegistrationExtensions
{
    public static IServiceCollection AddUserError<TError>(this IServiceCollection services, string graphQLName, string description)
        where TError : DomainError
        => services.AddSingleton(new UserErrorRegistration(typeof(TError), graphQLName, description));
}
