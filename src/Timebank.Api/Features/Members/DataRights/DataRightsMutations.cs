using GraphQL.Types;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;

namespace Timebank.Api.Features.Members;

public sealed class PersonalDataPayloadType : PayloadType<PersonalDataFile>
{
    public PersonalDataPayloadType()
        : base("PersonalDataPayload")
    {
        Description = "Everything held about you, as one JSON file to save.";
        Result<StringGraphType>("fileName", f => f.FileName);
        Result<StringGraphType>("contentType", f => f.ContentType);
        Result<StringGraphType>("content", f => f.Content);
    }
}

/// <summary>The signed-in person's own data, and only theirs: there is no argument naming anyone else.</summary>
public sealed class DataRightsMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
        => mutation.Field<NonNullGraphType<PersonalDataPayloadType>>("exportMyData")
            .Description($"Everything this Timebank holds about you (UK GDPR right of access) as one machine-readable JSON file: every record that names you, "
                + $"your accounts with every statement line. Password hashes are never included. The same file: GET {DataRightsEndpoints.ExportPath} with your bearer token.")
            .ResolveAsync(async context => await Mutations.RunAsync(context, async () =>
            {
                var person = await context.Service<Viewer>().RequireIdAsync();
                return await context.Service<PersonalDataExport>().ExportAsync(person, context.CancellationToken);
            }));
}
