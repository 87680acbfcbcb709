using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Tools;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

/// <summary>The timebank: registration only; each topic's types, queries, mutations and services live in its folder.</summary>
public static class TimebankFeature
{
    public static IServiceCollection AddTimebankFeature(this IServiceCollection services)
    {
        services.AddLedgerPurpose<TimebankHoursPurpose>();
        services.AddScoped<ILedgerReversal, ExchangeReversal>();
        services.AddSingleton<IObjectFields<ReverseTransferPayloadType>, ReversalExchangeFields>();
        // Settings: the timebank of an organisation and its members' accounts.
        services.AddScoped<TimebankService>();
        services.AddScoped<TimebankByLedgerLoader>();
        services.AddScoped<Organisations.IMembershipListener, OpenAccountOnApproval>();
        services.AddSingleton<IQueryFields, TimebankQueries>();
        services.AddSingleton<IMutationFields, TimebankMutations>();
        // Exchanges and the pool: the hours-moving mutations.
        services.AddScoped<ExchangeCommands>();
        services.AddScoped<ExchangeService>();
        services.AddScoped<PoolService>();
        services.AddScoped<LimitRefusals>();
        services.AddScoped<ExchangeStateLoader>();
        services.AddScoped<ExchangeByTransferLoader>();
        services.AddScoped<ExchangeAccess>();
        services.AddSingleton<IMutationFields, ExchangeMutations>();
        services.AddSingleton<IMutationFields, PoolMutations>();
        services.AddSingleton<INodeSource, ExchangeNodeSource>();
        services.AddUserError<ExchangeResolved>("ExchangeResolvedError", "The exchange is no longer waiting for confirmation: posted when it was recorded, or already confirmed, declined, expired or reversed.");
        // Categories, listings, reports.
        services.AddScoped<CategoryService>();
        services.AddSingleton<IMutationFields, CategoryMutations>();
        services.AddSingleton<INodeSource>(new OrganisationNodeSource<Category>(CategoryType.TypeName, c => c.OrganisationId));
        services.AddScoped<ListingService>();
        services.AddSingleton<IQueryFields, ListingQueries>();
        services.AddSingleton<IMutationFields, ListingMutations>();
        services.AddSingleton<INodeSource>(new OrganisationNodeSource<Listing>(ListingType.TypeName, l => l.OrganisationId));
        services.AddScoped<TimebankReports>();
        services.AddSingleton<IQueryFields, TimebankReportQueries>();
        // Import and benchmark data, from the command line.
        services.AddSingleton<ICommandLineCommand, ImportExchangesCommand>();
        services.AddSingleton<ICommandLineCommand, GenerateDataCommand>();
        services.AddSingleton<ICommandLineCommand, GenerateCsvCommand>();
        return services;
    }
}
