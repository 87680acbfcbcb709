using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Tests.Infrastructure;
using Timebank.Domain.Common;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Tests.Platform;

/// <summary>Both write paths (a service's SaveChanges and the ledger writer's batch) reach the one write seam.</summary>
public sealed class WriteSeamTests : IDisposable
{
    private readonly RecordingFactory _api = new();

    [Fact]
    public async Task Sign_ups_and_ledger_batches_both_report_what_they_committed()
    {
        var timebank = await _api.TimebankAsync();
        Assert.Contains(_api.Seen, w => w.Entity is Member && w.Kind == WriteKind.Added);
        Assert.DoesNotContain(_api.Seen, w => w.Entity is Transfer);

        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        (await receiver.Client.RunAsync("recordExchange", new
        {
            input = new { organisationId = timebank.Id, giverId = giver.Id, receiverId = receiver.Id, minutes = 30, description = "Gardening", date = _api.Today(), idempotencyKey = "seam" },
        })).ShouldSucceed();

        Assert.Contains(_api.Seen, w => w.Entity is Transfer && w.Kind == WriteKind.Added);
        Assert.Contains(_api.Seen, w => w.Entity is Exchange && w.Kind == WriteKind.Added);
        Assert.Equal(2, _api.Seen.Count(w => w.Entity is Account && w.Kind == WriteKind.Modified));
    }

    [Fact]
    public async Task Each_write_says_who_made_it_and_sign_ups_are_made_by_nobody_signed_in()
    {
        var timebank = await _api.TimebankAsync();
        var (giver, receiver) = (timebank.Members[0], timebank.Members[1]);
        (await receiver.Client.RunAsync("recordExchange", new
        {
            input = new { organisationId = timebank.Id, giverId = giver.Id, receiverId = receiver.Id, minutes = 30, description = "Gardening", date = _api.Today(), idempotencyKey = "who" },
        })).ShouldSucceed();

        Assert.All(_api.Seen.Where(w => w.Entity is Member), w => Assert.Null(w.Actor));
        Assert.Contains(_api.Seen, w => w.Entity is Organisation && Named(w.Actor) == timebank.Coordinator.Id);
        Assert.Contains(_api.Seen, w => w.Entity is Exchange && Named(w.Actor) == receiver.Id);
        Assert.Contains(_api.Seen, w => w.Entity is Transfer && Named(w.Actor) == receiver.Id);
        Assert.Contains(_api.Seen, w => w.Entity is AccountEntry && Named(w.Actor) == receiver.Id);
    }

    [Fact]
    public async Task Writes_inside_a_services_own_transaction_are_heard_only_once_it_commits()
    {
        await _api.TimebankAsync(); // members' hours accounts are opened in LedgerAccounts' own transaction

        Assert.NotEmpty(_api.AccountsHeard);
        Assert.All(_api.AccountsHeard, committed => Assert.True(committed, "an opened account was reported before its transaction committed"));
    }

    private static string? Named(Id<Member>? member) => member is { } id ? GlobalId.Encode("Member", id.Value) : null;

    public void Dispose() => _api.Dispose();

    private sealed class RecordingFactory : TimebankApiFactory, IWriteListener
    {
        public ConcurrentQueue<Write> Seen { get; } = new();

        /// <summary>For each account heard of as added: whether a separate read could already see it.</summary>
        public ConcurrentQueue<bool> AccountsHeard { get; } = new();

        public void Committed(WriteSet writes)
        {
            foreach (var write in writes.Writes)
            {
                Seen.Enqueue(write);
                if (write is { Entity: Account account, Kind: WriteKind.Added })
                {
                    using var db = Services.GetRequiredService<IDbContextFactory<TimebankDbContext>>().CreateDbContext();
                    AccountsHeard.Enqueue(db.Set<Account>().Any(a => a.Id == account.Id));
                }
            }
        }

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IWriteListener>(this);
    }
}
