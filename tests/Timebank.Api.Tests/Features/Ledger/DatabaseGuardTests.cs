using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Tests.Infrastructure;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Tests.Features.Ledger;

/// <summary>The database holds the line by itself, whatever code (or person) writes to it.</summary>
public sealed class DatabaseGuardTests(TimebankApiFactory api) : IClassFixture<TimebankApiFactory>
{
    [Theory]
    [InlineData("UPDATE transfers SET amount = amount + 1")]
    [InlineData("DELETE FROM transfers")]
    [InlineData("UPDATE account_entries SET change = change + 1")]
    [InlineData("DELETE FROM account_entries")]
    [InlineData("UPDATE exchanges SET minutes = 1")]
    [InlineData("DELETE FROM idempotency_records")]
    public async Task The_journal_refuses_updates_and_deletes(string sql)
    {
        var timebank = await api.TimebankAsync();
        await timebank.Members[1].RecordAsync(api, timebank, timebank.Members[0], timebank.Members[1], 30);
        await using var db = await Database();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(sql));

        Assert.Equal(30, await timebank.Members[0].PostedAsync(timebank));
    }

    [Fact]
    public async Task A_balance_past_the_floor_or_ceiling_is_refused_by_the_database()
    {
        var timebank = await api.TimebankAsync();
        var account = await timebank.Members[0].AccountIdAsync(timebank);
        await using var db = await Database();
        var id = Api.Platform.GraphQL.Relay.GlobalId.Parse<Account>(account, "Account", "id").Value;

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE accounts SET posted = -601 WHERE id = {0}", id));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE accounts SET pending_debits = 601 WHERE id = {0}", id));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE accounts SET pending_credits = -1 WHERE id = {0}", id));
    }

    [Fact]
    public async Task A_hold_cannot_be_resolved_twice_even_by_hand()
    {
        var timebank = await api.TimebankAsync();
        var recorded = await timebank.Members[0].RecordAsync(api, timebank, timebank.Members[0], timebank.Members[1], 30);
        await timebank.Members[1].Client.RunAsync("declineExchange", new { input = new { exchangeId = recorded.Text("recordExchange.exchange.id"), idempotencyKey = "d" } });
        await using var db = await Database();
        var voided = await db.Set<Transfer>().AsNoTracking().SingleAsync(t => t.Kind == TransferKind.VoidPending);

        // A second resolution row for the same hold.
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO transfers (id, ledger_id, kind, debit_account_id, credit_account_id, amount, pending_id, code, created_at) SELECT {0}, ledger_id, 3, debit_account_id, credit_account_id, amount, pending_id, code, created_at FROM transfers WHERE id = {1}",
            Guid.NewGuid(), voided.Id.Value));
    }

    private Task<TimebankDbContext> Database()
        => api.Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync();
}
