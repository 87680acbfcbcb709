using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Tests.Infrastructure;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
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

    public void Dispose() => _api.Dispose();

    private sealed class RecordingFactory : TimebankApiFactory, IWriteListener
    {
        public ConcurrentQueue<Write> Seen { get; } = new();

        public void Committed(WriteSet writes)
        {
            foreach (var write in writes.Writes)
                Seen.Enqueue(write);
        }

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IWriteListener>(this);
    }
}
