using Microsoft.EntityFrameworkCore.Diagnostics;
using Timebank.Api.Features.Directory.Entries;
using Timebank.Api.Features.Directory.Import;
using Timebank.Api.Features.Directory.Search;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory;

public static class DirectoryFeature
{
    public static IServiceCollection AddDirectoryFeature(this IServiceCollection services)
    {
        services.AddScoped<LocalSupportService>();
        services.AddScoped<DirectorySearch>();
        services.AddScoped<OrukImporter>();
        services.AddScoped<ImportLocalSupportsService>();
        services.AddScoped<Rest.OrukReadService>();
        services.AddScoped<Rest.OrukTaxonomyReader>();
        services.AddScoped<Rest.OrukOrganizationReader>();
        services.AddSingleton<IInterceptor, SqliteHaversine>();
        services.AddSingleton<IQueryFields, LocalSupportQueries>();
        services.AddSingleton<IQueryFields, Taxonomies.TaxonomyTermQueries>();
        services.AddSingleton<Platform.GraphQL.Relay.INodeSource, LocalSupportNodeSource>();
        services.AddDirectoryCommands();
        services.AddSingleton<IMutationFields, LocalSupportMutations>();
        services.AddSingleton<IMutationFields, ImportLocalSupportsMutation>();
        services.AddUserError<UnknownTaxonomyTerm>("UnknownTaxonomyTermError", "An attribute names a taxonomy term the directory does not have; path says where.");
        services.AddUserError<ScheduleDoesNotParse>("ScheduleDoesNotParseError", "A schedule breaks the RFC 5545 rules ORUK uses; path says which field.");
        services.AddUserError<AgeRangeUpsideDown>("AgeRangeUpsideDownError", "The minimum age is above the maximum age.");
        services.AddUserError<NegativeCost>("NegativeCostError", "A cost is below £0.00.");
        services.AddUserError<NotAPostcode>("NotAPostcodeError", "An address's postal_code is not a UK postcode.");
        services.AddUserError<NotAPostcodeDistrict>("NotAPostcodeDistrictError", "An area is not a UK postcode district.");
        services.AddUserError<CoordinateOutOfRange>("CoordinateOutOfRangeError", "A latitude is beyond ±90 or a longitude beyond ±180.");
        services.AddUserError<TextTooLong>("TextTooLongError", "A text field is longer than its limit.");
        services.AddUserError<TooMany>("TooManyError", "A list has more parts than allowed.");
        services.AddUserError<InvalidField>("InvalidFieldError", "A field of the entry breaks a rule about its shape; path says which.");
        services.AddUserError<DirectoryEntryInvalid>("DirectoryEntryInvalidError", "An entry or a file has several problems; problems lists each (mutations answer with the problems themselves).");
        services.AddUserError<NotYourEntry>("NotYourEntryError", "The entry belongs to another group; only its coordinators and managers change it.");
        services.AddUserError<EntryArchived>("EntryArchivedError", "The entry has been archived and can no longer be changed.");
        return services;
    }
}
