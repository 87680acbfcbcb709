using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Services;

namespace Timebank.Api.Features.Flexi;

/// <summary>Bound from <c>Timebank:Flexi</c>.</summary>
public sealed class FlexiOptions
{
    public const string Section = "Timebank:Flexi";

    /// <summary>How often every service's allowances are brought up to now (reads accrue too, so this only keeps quiet budgets current).</summary>
    public TimeSpan AccrualInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Whether the worker runs; when not set, it runs everywhere except the Testing environment.</summary>
    public bool? AccrueInBackground { get; set; }
}

/// <summary>Accrues every service periodically, through the same idempotent steps as accrual on read.</summary>
public sealed partial class AccrualWorker(
    IDbContextFactory<TimebankDbContext> databases, IServiceScopeFactory scopes, IOptions<FlexiOptions> options, IHostEnvironment environment, ILogger<AccrualWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!(options.Value.AccrueInBackground ?? !environment.IsEnvironment("Testing")))
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await AccrueAllAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogFailure(logger, failure);
            }
            await Task.Delay(options.Value.AccrualInterval, stoppingToken);
        }
    }

    public async Task AccrueAllAsync(CancellationToken cancellationToken)
    {
        List<Id<FlexiService>> services;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
            services = await db.Set<FlexiService>().AsNoTracking().Select(s => s.Id).ToListAsync(cancellationToken);
        using var scope = scopes.CreateScope();
        var access = scope.ServiceProvider.GetRequiredService<FlexiAccess>();
        var runner = scope.ServiceProvider.GetRequiredService<AllowanceRunner>();
        foreach (var id in services)
        {
            if (await access.LoadAsync(id, cancellationToken) is { } context)
                await runner.AccrueServiceAsync(context, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Accruing flexi allowances failed; the next round tries again")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
