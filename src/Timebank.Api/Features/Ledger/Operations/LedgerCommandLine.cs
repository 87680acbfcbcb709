using Timebank.Api.Platform.Persistence;

namespace Timebank.Api.Features.Ledger;

/// <summary>For command-line tools that write through the ledger: the database prepared and the writer running meanwhile.</summary>
public static class LedgerCommandLine
{
    public static async Task<int> WithWriterAsync(IServiceProvider services, Func<IServiceProvider, Task<int>> run)
    {
        await services.PrepareDatabaseAsync();
        var writer = services.GetRequiredService<LedgerWriter>();
        await writer.StartAsync(CancellationToken.None);
        try
        {
            using var scope = services.CreateScope();
            return await run(scope.ServiceProvider);
        }
        finally
        {
            await writer.StopAsync(CancellationToken.None);
        }
    }
}
