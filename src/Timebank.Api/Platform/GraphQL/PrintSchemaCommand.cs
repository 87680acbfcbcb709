using Timebank.Api.Platform.Tools;

namespace Timebank.Api.Platform.GraphQL;

public sealed class PrintSchemaCommand : ICommandLineCommand
{
    public string Name => "print-schema";

    public string Usage => "print-schema [file]                                   the SDL (to schema/schema.graphql)";

    public async Task<int> RunAsync(IServiceProvider services, CommandOptions options, CancellationToken cancellationToken)
    {
        await SchemaFile.PrintAsync(services, [.. options.Args]);
        return 0;
    }
}
