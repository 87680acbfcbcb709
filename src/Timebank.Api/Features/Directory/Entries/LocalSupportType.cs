using GraphQL;
using GraphQL.Types;
using Timebank.Api.Features.Directory.Taxonomies;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Directory;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Directory.Entries;

/// <summary>One entry of the directory, readable by anyone; whether it needs confirming is for its own group.</summary>
public sealed class LocalSupportType : NodeType<LocalService>
{
    public const string TypeName = "LocalSupport";

    public LocalSupportType()
        : base(TypeName, s => s.Id.Value)
    {
        Description = "A local support in the directory: an Open Referral UK 3.0 service. Readable without signing in.";
        Field<NonNullGraphType<StringGraphType>>("orukId").Description("The ORUK id (a UUID), as /oruk/services/{id} serves it.").Resolve(c => c.Source.Id.Value.ToString());
        Field(s => s.Name);
        Field(s => s.Description, nullable: true);
        Field(s => s.Url, nullable: true);
        Field(s => s.Email, nullable: true);
        Field<NonNullGraphType<ServiceStatusType>>("status").Resolve(c => c.Source.Status);
        Field(s => s.MinimumAge, nullable: true);
        Field(s => s.MaximumAge, nullable: true);
        Field(s => s.AssuredDate, nullable: true).Description("When the group last confirmed the entry current (ORUK assured_date).");
        Field(s => s.Alert, nullable: true);
        Field(s => s.LastModified);
        Field(s => s.IsFree).Description("True when it lists no costs, or every cost is £0.");
        Field<NonNullGraphType<StringGraphType>>("organisationName").Description("The group that lists it.")
            .Resolve(c => c.Service<ByIdLoader<Organisation>>().Load(c.Source.OrganisationId).Select(o => o?.Name.Value ?? string.Empty));
        Field<BooleanGraphType>("needsConfirmation")
            .Description("For the owning group's coordinators and managers: true when nobody has confirmed it for 12 months. Null for everyone else.")
            .ResolveAsync(async c => await c.Service<Viewer>().AdministersAsync(c.Source.OrganisationId)
                ? c.Source.NeedsConfirmation(c.Service<LocalSupportService>().Today)
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocalSupportScheduleType>>>>("schedules").Resolve(c => c.Source.Schedules);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocalSupportCostType>>>>("costOptions").Resolve(c => c.Source.CostOptions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocalSupportLocationType>>>>("locations").Resolve(c => c.Source.Locations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocalSupportAreaType>>>>("serviceAreas").Resolve(c => c.Source.ServiceAreas);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocalSupportLanguageType>>>>("languages").Resolve(c => c.Source.Languages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocalSupportContactType>>>>("contacts").Resolve(c => c.Source.Contacts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocalSupportAttributeType>>>>("attributes")
            .Description("Its taxonomy terms (ORUK attributes).").Resolve(c => c.Source.Attributes);
    }
}

public sealed class ServiceStatusType : EnumerationGraphType<ServiceStatus>
{
    public ServiceStatusType() => Name = "LocalSupportStatus";
}

public sealed class LocationTypeType : EnumerationGraphType<LocationType>
{
    public LocationTypeType()
    {
        Name = "LocalSupportFormat";
        Description = "How a service is given, by its ORUK location type: PHYSICAL (in person), POSTAL or VIRTUAL (online or by phone).";
    }
}

public sealed class LocalSupportScheduleType : ObjectGraphType<Schedule>
{
    public LocalSupportScheduleType()
    {
        Name = "LocalSupportSchedule";
        Field<StringGraphType>("freq").Resolve(c => c.Source.Freq is { } f ? OrukCodes.Of(f) : null);
        Field(s => s.Interval, nullable: true);
        Field(s => s.ByDay, nullable: true);
        Field(s => s.ByMonthDay, nullable: true);
        Field(s => s.DtStart, nullable: true);
        Field(s => s.ValidFrom, nullable: true);
        Field(s => s.ValidTo, nullable: true);
        Field<StringGraphType>("opensAt").Resolve(c => c.Source.OpensAtText);
        Field<StringGraphType>("closesAt").Resolve(c => c.Source.ClosesAtText);
        Field(s => s.Description, nullable: true);
        Field(s => s.AttendingType, nullable: true);
    }
}

public sealed class LocalSupportCostType : ObjectGraphType<CostOption>
{
    public LocalSupportCostType()
    {
        Name = "LocalSupportCost";
        Field(c => c.Option, nullable: true);
        Field(c => c.AmountPence, nullable: true).Description("Whole pence; null when the amount is not given.");
        Field(c => c.AmountDescription, nullable: true);
        Field(c => c.ValidFrom, nullable: true);
        Field(c => c.ValidTo, nullable: true);
    }
}

public sealed class LocalSupportLocationType : ObjectGraphType<ServiceLocation>
{
    public LocalSupportLocationType()
    {
        Name = "LocalSupportLocation";
        Field<NonNullGraphType<LocationTypeType>>("locationType").Resolve(c => c.Source.LocationType);
        Field(l => l.Name, nullable: true);
        Field(l => l.Description, nullable: true);
        Field(l => l.Latitude, nullable: true);
        Field(l => l.Longitude, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocalSupportAddressType>>>>("addresses").Resolve(c => c.Source.Addresses);
    }
}

public sealed class LocalSupportAddressType : ObjectGraphType<PostalAddress>
{
    public LocalSupportAddressType()
    {
        Name = "LocalSupportAddress";
        Field(a => a.Address1);
        Field(a => a.City);
        Field(a => a.StateProvince);
        Field<NonNullGraphType<StringGraphType>>("postalCode").Resolve(c => c.Source.PostalCode.Value);
    }
}

public sealed class LocalSupportAreaType : ObjectGraphType<ServiceArea>
{
    public LocalSupportAreaType()
    {
        Name = "LocalSupportArea";
        Field(a => a.Name, nullable: true);
        Field<StringGraphType>("serviceArea").Resolve(c => c.Source.ServiceAreaText);
    }
}

public sealed class LocalSupportLanguageType : ObjectGraphType<ServiceLanguage>
{
    public LocalSupportLanguageType()
    {
        Name = "LocalSupportLanguage";
        Field(l => l.Name, nullable: true);
        Field<StringGraphType>("code").Resolve(c => c.Source.Code?.Value);
    }
}

public sealed class LocalSupportContactType : ObjectGraphType<Contact>
{
    public LocalSupportContactType()
    {
        Name = "LocalSupportContact";
        Field(c => c.Name, nullable: true);
        Field(c => c.Title, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("phones").Resolve(c => c.Source.Phones.Select(p => p.Number));
    }
}

public sealed class LocalSupportAttributeType : ObjectGraphType<TaxonomyLink>
{
    public LocalSupportAttributeType()
    {
        Name = "LocalSupportAttribute";
        Field(a => a.LinkType, nullable: true);
        Field<TaxonomyTermType>("taxonomyTerm").Resolve(c => c.Service<ByIdLoader<TaxonomyTerm>>().Load(c.Source.TaxonomyTermId));
    }
}
