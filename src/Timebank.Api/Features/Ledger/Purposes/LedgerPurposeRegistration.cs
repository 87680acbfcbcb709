using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Timebank.Api.Features.Ledger;

public static class LedgerPurposeRegistration
{
    /// <summary>Registers a feature's ledger purpose (a singleton): its unit, account kinds, zone, descriptions and readers.</summary>
    public static IServiceCollection AddLedgerPurpose<T>(this IServiceCollection services)
        where T : class, ILedgerPurpose
    {
        services.AddSingleton<T>();
        services.AddSingleton<ILedgerPurpose>(provider => provider.GetRequiredService<T>());
        services.TryAddSingleton<LedgerPurposes>();
        return services;
    }
}
