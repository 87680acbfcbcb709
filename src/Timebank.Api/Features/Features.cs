using Timebank.Api.Features.Brokerage;
using Timebank.Api.Features.Courses;
using Timebank.Api.Features.Directory;
using Timebank.Api.Features.Flexi;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Features.Members;
using Timebank.Api.Features.Mentoring;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Features.Plans;
using Timebank.Api.Features.Timebank;
using Timebank.Api.Platform.GraphQL.Loading;

namespace Timebank.Api.Features;

public static class Features
{
    /// <summary>Every feature folder's services, in the order their fields appear in the schema.</summary>
    public static IServiceCollection AddTimebankFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped(typeof(ByIdLoader<>));
        services.AddMembersFeature();
        services.AddOrganisationsFeature();
        services.AddLedgerFeature(configuration);
        services.AddTimebankFeature();
        services.AddBrokerageFeature();
        services.AddCoursesFeature();
        services.AddMentoringFeature();
        services.AddDirectoryFeature();
        services.AddFlexiFeature(configuration);
        services.AddPlansFeature();
        return services;
    }
}
