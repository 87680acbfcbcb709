using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using Microsoft.Extensions.DependencyInjection;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Tests.Infrastructure;

namespace Timebank.Api.Tests.Platform;

public sealed class SchemaContractTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public void The_served_schema_matches_the_committed_schema_file()
    {
        var served = SchemaFile.Print(api.Services.GetRequiredService<ISchema>());
        var committed = File.ReadAllText(Operations.SchemaPath).ReplaceLineEndings("\n");

        Assert.True(served == committed,
            "schema/schema.graphql differs from the served schema. If the change is intended, run: "
            + "dotnet run --project src/Timebank.Api -- print-schema schema/schema.graphql");
    }

    public static TheoryData<string> ContractOperations() => new(Operations.All().Select(Path.GetFileNameWithoutExtension)!);

    [Theory]
    [MemberData(nameof(ContractOperations))]
    public async Task Every_contract_operation_is_valid_against_the_schema(string operation)
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        var document = Parser.Parse(Operations.Load(operation));

        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Single(),
            Rules = DocumentValidator.CoreRules.Where(rule => rule is not GraphQL.Validation.Rules.NoUnusedVariables),
            Variables = GraphQL.Inputs.Empty,
            Extensions = GraphQL.Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            RequestServices = api.Services,
        });

        // Only the document is judged here; no variable values are supplied.
        var documentErrors = result.Errors.Where(e => e is not InvalidVariableError).ToList();
        Assert.True(documentErrors.Count == 0, string.Join("; ", documentErrors.Select(e => e.Message)));
        Assert.Equal(operation, document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Single().Name?.StringValue);
    }
}

public sealed class UserErrorCoverageTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Fact]
    public void Every_domain_error_has_its_own_GraphQL_error_type()
    {
        var registered = api.Services.GetServices<Timebank.Api.Platform.GraphQL.Errors.UserErrorRegistration>().Select(r => r.ErrorType).ToHashSet();
        var domainErrors = typeof(DomainError).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(DomainError)) && !t.IsAbstract);

        Assert.All(domainErrors, error => Assert.Contains(error, registered));
    }
}
