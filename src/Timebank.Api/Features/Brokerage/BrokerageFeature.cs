using Timebank.Api.Features.Brokerage.Brokers;
using Timebank.Api.Features.Brokerage.News;
using Timebank.Api.Features.Brokerage.Reports;
using Timebank.Api.Features.Brokerage.Requests;
using Timebank.Api.Features.Brokerage.Settings;
using Timebank.Api.Features.Brokerage.Tools;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Tools;
using Timebank.Domain.Brokerage;

namespace Timebank.Api.Features.Brokerage;

public static class BrokerageFeature
{
    public static IServiceCollection AddBrokerageFeature(this IServiceCollection services)
    {
        services.AddScoped<BrokerProfileService>();
        services.AddScoped<BrokerageRequestService>();
        services.AddScoped<BrokerageClose>();
        services.AddScoped<BrokerageSettingsService>();
        services.AddScoped<BrokerageReportService>();
        services.AddScoped<LocalNewsService>();
        services.AddScoped<AccreditationsOfProfileLoader>();
        services.AddScoped<BrokerageRequestLoader>();
        services.AddSingleton<IQueryFields, BrokerQueries>();
        services.AddSingleton<IObjectFields<MemberType>, MemberBrokerProfileField>();
        services.AddSingleton<ICommandLineCommand, GenerateBrokersCommand>();
        services.AddSingleton<IQueryFields, BrokerageRequestQueries>();
        services.AddSingleton<IQueryFields, BrokerageReportQueries>();
        services.AddSingleton<IQueryFields, LocalNewsQueries>();
        services.AddSingleton<IMutationFields, BrokerProfileMutations>();
        services.AddSingleton<IMutationFields, BrokerageRequestMutations>();
        services.AddSingleton<IMutationFields, BrokerageSettingsMutations>();
        services.AddSingleton<IMutationFields, LocalNewsMutations>();
        services.AddSingleton<INodeSource, BrokerProfileNodeSource>();
        services.AddSingleton<INodeSource, BrokerageRequestNodeSource>();
        services.AddUserError<NotABroker>("NotABrokerError", "Only members with the BROKER role keep a broker profile.");
        services.AddUserError<ConsentNotRecorded>("ConsentNotRecordedError", "A request on someone's behalf needs their consent recorded.");
        services.AddUserError<BrokerDoesNotMatch>("BrokerDoesNotMatchError", "The broker does not match the request; reason says which rule failed first.");
        services.AddUserError<AlreadyInvited>("AlreadyInvitedError", "That broker is already invited.");
        services.AddUserError<TooManyInvites>("TooManyInvitesError", "A request has at most max invitations.");
        services.AddUserError<NotInvited>("NotInvitedError", "That broker was not invited to this request.");
        services.AddUserError<AlreadyAnswered>("AlreadyAnsweredError", "The invitation was already answered.");
        services.AddUserError<BrokerHasNotAccepted>("BrokerHasNotAcceptedError", "Only a broker who accepted can be chosen.");
        services.AddUserError<NotAtThisStage>("RequestStageError", "The request is not at the stage this step needs; state says where it is.");
        services.AddUserError<AlreadyClosed>("AlreadyClosedError", "The request was already closed; nothing changed.");
        services.AddUserError<MoreHoursThanLogged>("MoreHoursThanLoggedError", "More minutes given than the sessions logged.");
        // Profiles and requests parse districts, postcodes and languages with the directory's types: their errors are registered by the directory feature.
        services.AddUserError<NoOneCanPay>("NoOneCanPayError", "The person cannot pay the hours and the timebank has no brokerage grant.");
        return services;
    }
}
