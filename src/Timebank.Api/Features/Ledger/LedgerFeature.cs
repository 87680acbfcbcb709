using Microsoft.Extensions.DependencyInjection.Extensions;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

public static class LedgerFeature
{
    public static IServiceCollection AddLedgerFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LedgerOptions>(configuration.GetSection(LedgerOptions.Section));
        services.AddSingleton<OutcomeJson>();
        services.AddSingleton<CommittedAccounts>();
        services.AddSingleton<ICurrentEntities<Account>>(provider => provider.GetRequiredService<CommittedAccounts>());
        services.TryAddSingleton<ILedgerLocking, WriteLocking>();
        services.AddSingleton<LedgerBatchRunner>();
        services.AddSingleton<LedgerWriter>();
        services.TryAddSingleton<ILedgerWriter>(provider => provider.GetRequiredService<LedgerWriter>());
        services.AddHostedService(provider => provider.GetRequiredService<LedgerWriter>());
        services.AddSingleton<HoldExpiry>();
        services.AddHostedService(provider => provider.GetRequiredService<HoldExpiry>());
        services.AddScoped<IdempotentLedger>();
        services.AddScoped<LedgerOperations>();
        services.AddScoped<LedgerAdministration>();
        services.AddScoped<TransferReversals>();
        services.AddSingleton<LedgerAccounts>();
        services.AddScoped<LedgerOwnerLoader>();
        services.AddScoped<AccountAccess>();
        services.TryAddSingleton<LedgerPurposes>();
        services.AddScoped<PrintableStatement>();
        services.AddScoped<TransferDescriptionLoader>();
        services.AddSingleton<AccountNodeSource>();
        services.AddSingleton<INodeSource>(provider => provider.GetRequiredService<AccountNodeSource>());
        services.AddSingleton<INodeSource, TransferNodeSource>();
        services.AddSingleton<IQueryFields, AccountQueries>();
        services.AddSingleton<IMutationFields, AccountMutations>();
        services.AddSingleton<IMutationFields, TransferMutations>();
        services.AddUserError<LimitExceeded>("LimitExceededError", "The transfer would take an account past its floor or ceiling.");
        services.AddUserError<LimitsConflictWithBalance>("LimitsConflictError", "The account's balance already lies outside the limits asked for.");
        services.AddUserError<DifferentLedgers>("LedgerMismatchError", "The accounts belong to different ledgers.");
        services.AddUserError<HoldNotPending>("HoldResolvedError", "The hold was already posted, voided or expired.");
        services.AddUserError<HoldExpired>("HoldExpiredError", "The hold passed its deadline.");
        services.AddUserError<AmountExceedsHold>("AmountExceedsHoldError", "More than the hold was asked to be posted.");
        services.AddUserError<AlreadyReversed>("AlreadyReversedError", "The transfer has already been reversed.");
        services.AddUserError<NotReversible>("NotReversibleError", "That transfer cannot be reversed.");
        services.AddUserError<AmountTooLarge>("AmountTooLargeError", "The amount would overflow a balance.");
        services.AddUserError<IdempotencyKeyReused>("IdempotencyKeyReusedError", "The idempotency key was used before for a different request.");
        return services;
    }
}
