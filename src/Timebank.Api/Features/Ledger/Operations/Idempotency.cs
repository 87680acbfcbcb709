using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>The stored first outcome of a request made with an idempotency key: its result, or the refusal.</summary>
public sealed class IdempotencyRecord
{
    public Guid Scope { get; private set; }
    public string Key { get; private set; }
    public string RequestHash { get; private set; }

    /// <summary>JSON: {"result": …} or {"error": {"type": …, "value": …}}.</summary>
    public string Outcome { get; private set; }

    public Instant CreatedAt { get; private set; }

    public IdempotencyRecord(Guid scope, string key, string requestHash, string outcome, Instant createdAt)
    {
        Scope = scope;
        Key = key;
        RequestHash = requestHash;
        Outcome = outcome;
        CreatedAt = createdAt;
    }
}

/// <summary>
/// A request's idempotency identity: whose key (keys are per member), the key, and a hash of what was asked, so
/// the same key with other input is told apart from a retry.
/// </summary>
public sealed record IdempotentRequest(Guid Scope, IdempotencyKey Key, string RequestHash)
{
    public static IdempotentRequest For(Id<Domain.Members.Member> actor, string? key, string operation, object input)
        => For(actor.Value, IdempotencyKey.Parse(key), operation, input);

    /// <summary>For a key scoped to something other than the asker (the organisation that pays), made by the domain.</summary>
    public static IdempotentRequest For(Guid scope, IdempotencyKey key, string operation, object input)
    {
        var canonical = operation + "\n" + JsonSerializer.Serialize(input, input.GetType(), OutcomeJson.Options);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        return new IdempotentRequest(scope, key, hash);
    }
}

/// <summary>Turns outcomes into JSON and back, refusals included, so a replay returns exactly what the first call returned.</summary>
public sealed class OutcomeJson(IEnumerable<UserErrorRegistration> errors)
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new IdJsonConverterFactory() },
    };

    private readonly Dictionary<string, Type> _errorTypes = errors.ToDictionary(e => e.ErrorType.Name, e => e.ErrorType);

    public string Result<T>(T result) => JsonSerializer.Serialize(new { result }, Options);

    public string Refusal(DomainError error)
        => JsonSerializer.Serialize(new { error = new { type = error.GetType().Name, value = (object)error } }, Options);

    /// <summary>The stored outcome: the result, or throws the stored refusal again.</summary>
    public T Replay<T>(string outcome)
    {
        using var document = JsonDocument.Parse(outcome);
        var root = document.RootElement;
        if (root.TryGetProperty("error", out var error))
        {
            var type = _errorTypes[error.GetProperty("type").GetString()!];
            throw new DomainException((DomainError)error.GetProperty("value").Deserialize(type, Options)!);
        }
        return root.GetProperty("result").Deserialize<T>(Options)!;
    }

    private sealed class IdJsonConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Id<>);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
            => (JsonConverter)Activator.CreateInstance(typeof(IdConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

        private sealed class IdConverter<T> : JsonConverter<Id<T>> where T : class
        {
            public override Id<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Id<T>.From(reader.GetGuid());

            public override void Write(Utf8JsonWriter writer, Id<T> value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
        }
    }
}
