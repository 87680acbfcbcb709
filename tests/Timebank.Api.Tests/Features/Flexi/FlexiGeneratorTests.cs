using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Timebank.Api.Features.Flexi;
using Timebank.Api.Features.Flexi.Tools;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Movements;

namespace Timebank.Api.Tests.Features.Flexi;

/// <summary>The bench's generator on a small size: its accruals are the ledger's own, so the invariant checker passes.</summary>
public sealed class FlexiGeneratorTests(FlexiFactory api) : IClassFixture<FlexiFactory>
{
    [Fact]
    public async Task A_generated_store_has_every_past_week_accrued_once_and_passes_the_invariant_checker()
    {
        using var scope = api.Services.CreateScope();
        var made = await ActivatorUtilities.CreateInstance<FlexiGenerator>(scope.ServiceProvider).GenerateAsync(2, 6, 4, 7, CancellationToken.None);

        Assert.Equal(6, made.Customers);
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
        // Enrolled five weeks ago, accrued as of a week ago: five periods begun, in each unit, for each customer.
        Assert.Equal(6 * 5 * 2, await db.Set<AllowanceAccrual>().CountAsync());
        Assert.Equal(6 * 5, await db.Set<AllowanceAccrual>().CountAsync(a => a.Unit == FlexiUnit.Minutes));
        Assert.Empty(await api.LedgerViolationsAsync());
    }
}
