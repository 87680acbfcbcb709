using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace Timebank.Api.Platform.GraphQL.Http;

/// <summary>
/// GraphQL.NET's System.Text.Json serializer, with one addition: writing a result into a buffer writer. The JSON
/// writer asks its output for memory as it goes, so a <see cref="ResponseBuffer"/> can stop a response that grows
/// past its limit before the whole of it is in memory.
/// </summary>
public sealed class TimebankSerializer(IErrorInfoProvider errorInfoProvider) : GraphQLSerializer(errorInfoProvider)
{
    public void Write(IBufferWriter<byte> output, ExecutionResult result)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = SerializerOptions.Encoder, Indented = SerializerOptions.WriteIndented });
        JsonSerializer.Serialize(writer, result, SerializerOptions);
    }
}
