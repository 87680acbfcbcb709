using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Tests.Infrastructure;
using Timebank.Ledger.Testing;
using Xunit.Abstractions;

namespace Timebank.Api.Tests.Features.Ledger;

/// <summary>
/// The same random sequences as the domain's property test, through the engine into the store under test
/// (SQLite, or PostgreSQL when TIMEBANK_TEST_POSTGRES is set), with idempotency keys and replays, and the
/// invariant checker run over everything written.
/// </summary>
public sealed class LedgerStorePropertyTests(ITestOutputHelper output) : IDisposable
{
    private static readonly int Sequences = int.TryParse(Environment.GetEnvironmentVariable("TIMEBANK_PROPERTY_STORE_SEQUENCES"), out var n) ? n : 1_000;
    private readonly ManualExpiryFactory _api = new();

    [Fact]
    public async Task Random_sequences_on_the_store_agree_with_the_reference_model_and_keep_every_invariant()
    {
        var organisation = await StoreLedgerUnderTest.OrganisationAsync(_api);
        var runs = 0;

        var summary = await PropertyRun.RunAsync(
            async setup => await StoreLedgerUnderTest.StartAsync(_api, organisation, setup),
            sequences: Sequences,
            steps: 25,
            keys: true,
            afterEachSequence: async _ =>
            {
                if (++runs % 250 == 0 || runs == Sequences)
                    Assert.Empty(await CheckAsync());
            });

        output.WriteLine($"{(TestStore.IsPostgres ? "PostgreSQL" : "SQLite")}, seed {summary.Seed}: {summary.Sequences} sequences, {summary.Steps} steps; outcomes {string.Join(", ", summary.Outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"))}");
        Assert.True(summary.Outcomes.GetValueOrDefault("IDEMPOTENCY_KEY_REUSED") > 0);
        Assert.True(summary.Outcomes.GetValueOrDefault("HOLD_EXPIRED") > 0);
    }

    private async Task<IReadOnlyList<string>> CheckAsync()
    {
        await using var db = await _api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
        return await LedgerInvariants.CheckAsync(db);
    }

    public void Dispose() => _api.Dispose();

    /// <summary>Holds expire only when the run says so, so every outcome is the same on each run of a seed.</summary>
    private sealed class ManualExpiryFactory : TimebankApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Timebank:Ledger:ExpiryPollInterval"] = "1.00:00:00",
        };
    }
}
