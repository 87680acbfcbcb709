using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public static class TimebankFeature
{
    public static IServiceCollection AddTimebankFeature(this IServiceCollection services)
    {
        services.AddScoped<TimebankService>();
        services.AddScoped<TimebankReports>();
        services.AddScoped<LimitRefusals>();
        services.AddScoped<ExchangeStateLoader>();
        services.AddScoped<ExchangeByTransferLoader>();
        services.AddScoped<TimebankByLedgerLoader>();
        services.AddScoped<ExchangeAccess>();
        services.AddScoped<Organisations.IMembershipListener, OpenAccountOnApproval>();
        services.AddLedgerPurpose<TimebankHoursPurpose>();
        services.AddSingleton<IQueryFields, TimebankQueries>();
        services.AddSingleton<IMutationFields, TimebankMutations>();
        services.AddSingleton<INodeSource, ExchangeNodeSource>();
        services.AddSingleton<INodeSource, ListingNodeSource>();
        services.AddSingleton<INodeSource, CategoryNodeSource>();
        services.AddUserError<ExchangeResolved>("ExchangeResolvedError", "The exchange is no longer waiting for confirmation: posted when it was recorded, or already confirmed, declined, expired or reversed.");
        return services;
    }
}
