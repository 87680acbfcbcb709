using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Mentoring;

namespace Timebank.Api.Features.Mentoring;

public static class MentoringFeature
{
    public static IServiceCollection AddMentoringFeature(this IServiceCollection services)
    {
        services.AddScoped<MentoringService>();
        services.AddSingleton<IQueryFields, MentoringQueries>();
        services.AddSingleton<IMutationFields, MentoringMutations>();
        services.AddSingleton<INodeSource, PairingNodeSource>();
        services.AddUserError<CadenceNotRecognised>("CadenceNotRecognisedError", "The cadence is not WEEKLY, FORTNIGHTLY, MONTHLY or QUARTERLY.");
        services.AddUserError<DateNotRecognised>("DateNotRecognisedError", "The date is not a yyyy-MM-dd date.");
        services.AddUserError<PairingEnded>("PairingEndedError", "The pairing has ended.");
        services.AddUserError<NoTimebankForHours>("NoTimebankForHoursError", "The pairing names no timebank for the mentor's hours.");
        return services;
    }
}
