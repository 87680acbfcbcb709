using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Tools;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Flexi.Deviations;
using Timebank.Domain.Flexi.Rota;
using Timebank.Domain.Flexi.Services;

namespace Timebank.Api.Features.Flexi;

/// <summary>Core-and-flexi services: registration only; each topic's types, queries, mutations and services live in its folder.</summary>
public static class FlexiFeature
{
    public static IServiceCollection AddFlexiFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FlexiOptions>(configuration.GetSection(FlexiOptions.Section));
        services.AddLedgerPurpose<FlexiMinutesPurpose>();
        services.AddLedgerPurpose<FlexiCashPurpose>();
        services.AddScoped<FlexiAccess>();
        services.AddSingleton<CustomerAccounts>();
        services.AddSingleton<AllowanceRunner>();
        services.AddHostedService<AccrualWorker>();
        services.AddSingleton<ICommandLineCommand, Tools.GenerateFlexiCommand>();
        services.AddSingleton<ICommandLineCommand, Tools.AccrueFlexiCommand>();
        // Services and policy.
        services.AddScoped<FlexiServiceService>();
        services.AddSingleton<IQueryFields, ServiceQueries>();
        services.AddSingleton<IMutationFields, ServiceMutations>();
        services.AddSingleton<INodeSource, ServiceNodeSource>();
        // Customers and their allowances.
        services.AddScoped<CustomerService>();
        services.AddScoped<CustomerLeavingService>();
        services.AddSingleton<IQueryFields, CustomerQueries>();
        services.AddSingleton<IMutationFields, CustomerMutations>();
        services.AddSingleton<IQueryFields, WorkerQueries>();
        // Choosing a worker, the rota and sessions.
        services.AddScoped<StaffService>();
        services.AddSingleton<IQueryFields, StaffQueries>();
        services.AddSingleton<IMutationFields, StaffMutations>();
        services.AddScoped<RotaService>();
        services.AddSingleton<IMutationFields, RotaMutations>();
        services.AddScoped<SessionService>();
        services.AddSingleton<IQueryFields, SessionQueries>();
        services.AddSingleton<IMutationFields, SessionMutations>();
        services.AddScoped<LinkWorkService>();
        services.AddSingleton<IMutationFields, LinkWorkMutations>();
        // Cash: purchases, sign-off, receipts.
        services.AddScoped<PurchaseService>();
        services.AddSingleton<IQueryFields, PurchaseQueries>();
        services.AddSingleton<IMutationFields, PurchaseMutations>();
        services.AddScoped<JointPurchaseService>();
        services.AddSingleton<IQueryFields, JointPurchaseQueries>();
        services.AddSingleton<IMutationFields, JointPurchaseMutations>();
        // Contractual deviations, decided by the linked commissioner.
        services.AddScoped<DeviationService>();
        services.AddSingleton<IQueryFields, DeviationQueries>();
        services.AddSingleton<IMutationFields, DeviationMutations>();
        // The service report, in GraphQL and as CSV.
        services.AddScoped<ServiceReportService>();
        services.AddSingleton<IQueryFields, ServiceReportQueries>();
        AddErrors(services);
        return services;
    }

    private static void AddErrors(IServiceCollection services)
    {
        services.AddUserError<SplitDoesNotSumToWhole>("SplitNotWholeError", "Core, flexi cash and flexi hours must add up to 100%.");
        services.AddUserError<NotAProvider>("NotAProviderError", "Services are run by PROVIDER organisations only.");
        services.AddUserError<NotACommissioner>("NotACommissionerError", "A service links only to a COMMISSIONER organisation.");
        services.AddUserError<NotACustomer>("NotACustomerError", "Only members with the CUSTOMER role in the provider can be enrolled.");
        services.AddUserError<AlreadyEnrolledInService>("AlreadyEnrolledInServiceError", "The customer already has a running budget in the service.");
        services.AddUserError<CustomerHasLeft>("CustomerHasLeftError", "The customer has left the service.");
        services.AddUserError<BookingInPast>("BookingInPastError", "A session can only be booked for a time that has not started.");
        services.AddUserError<WorkerAlreadyBooked>("WorkerAlreadyBookedError", "The worker already has a session then.");
        services.AddUserError<CustomerAlreadyBooked>("CustomerAlreadyBookedError", "The customer already has a session then.");
        services.AddUserError<NotEnoughMinutes>("NotEnoughMinutesError", "The customer holds fewer support minutes than the session needs.");
        services.AddUserError<BelowCoreMinimum>("BelowCoreMinimumError", "Booking the worker would leave the core below its minimum of staff on shift.");
        services.AddUserError<WorkerNotStaff>("WorkerNotStaffError", "The worker is not on the provider's staff.");
        services.AddUserError<SessionNotBooked>("SessionNotBookedError", "The session was already completed or cancelled.");
        services.AddUserError<SessionNotStarted>("SessionNotStartedError", "A session is completed once it has started.");
        services.AddUserError<MoreThanBooked>("MoreThanBookedError", "More minutes were given than the session was booked for.");
        services.AddUserError<ShiftOverlaps>("ShiftOverlapsError", "The worker is already on the rota then.");
        services.AddUserError<NotEnoughCash>("NotEnoughCashError", "The customer has less cash available than the purchase needs.");
        services.AddUserError<ShareNotAffordable>("ShareNotAffordableError", "One customer's share of a joint purchase is more than they have; nothing was requested.");
        services.AddUserError<PurchaseNotAwaitingSignOff>("PurchaseNotAwaitingSignOffError", "The purchase is no longer waiting for sign-off.");
        services.AddUserError<PurchaseExpired>("PurchaseExpiredError", "The purchase waited past its sign-off deadline.");
        services.AddUserError<NotYourPurchase>("NotYourPurchaseError", "Receipts are attached to your own purchases only.");
        services.AddUserError<PurchaseNotSpent>("PurchaseNotSpentError", "A receipt is attached once the purchase is spent.");
        services.AddUserError<ReceiptAlreadyAttached>("ReceiptAlreadyAttachedError", "The purchase already has its receipt.");
        services.AddUserError<ReceiptExceedsPurchase>("ReceiptExceedsPurchaseError", "A receipt may not be for more than was spent.");
        services.AddUserError<ShareAlreadyAgreed>("ShareAlreadyAgreedError", "The customer already agreed to their share.");
        services.AddUserError<DeviationAlreadyDecided>("DeviationAlreadyDecidedError", "The deviation was already authorised or declined.");
        services.AddUserError<NoCommissionerLinked>("NoCommissionerLinkedError", "The service has no commissioning organisation to authorise deviations.");
    }
}
