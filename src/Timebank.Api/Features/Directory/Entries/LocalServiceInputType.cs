using GraphQL.Types;
using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory.Entries;

/// <summary>An entry as a group writes it: the ORUK 3.0 service's fields in camelCase; parts are replaced whole on each update.</summary>
public sealed class LocalServiceInputType : InputObjectGraphType<LocalServiceDraft>
{
    public LocalServiceInputType()
    {
        Name = "LocalServiceInput";
        Field(d => d.Name, nullable: true);
        Field(d => d.Description, nullable: true);
        Field(d => d.Url, nullable: true);
        Field(d => d.Email, nullable: true);
        Field(d => d.Status, nullable: true).Description("active, inactive, defunct or temporarily closed (ORUK's spelling); active when left out.");
        Field(d => d.MinimumAge, nullable: true);
        Field(d => d.MaximumAge, nullable: true);
        Field(d => d.AssurerEmail, nullable: true);
        Field(d => d.Alert, nullable: true);
        Field(d => d.Accreditations, nullable: true);
        Field<ListGraphType<NonNullGraphType<ScheduleInputType>>>("schedules");
        Field<ListGraphType<NonNullGraphType<CostOptionInputType>>>("costOptions").Description("None means free; an amount of 0 is free too.");
        Field<ListGraphType<NonNullGraphType<LocationInputType>>>("serviceAtLocations");
        Field<ListGraphType<NonNullGraphType<ServiceAreaInputType>>>("serviceAreas");
        Field<ListGraphType<NonNullGraphType<LanguageInputType>>>("languages");
        Field<ListGraphType<NonNullGraphType<ContactInputType>>>("contacts");
        Field<ListGraphType<NonNullGraphType<AttributeInputType>>>("attributes").Description("Taxonomy terms, by their orukId.");
        Field<ListGraphType<NonNullGraphType<FundingInputType>>>("funding");
    }
}

public sealed class ScheduleInputType : InputObjectGraphType<ScheduleDraft>
{
    public ScheduleInputType()
    {
        Name = "LocalSupportScheduleInput";
        Description = "RFC 5545 terms as ORUK uses them: freq WEEKLY or MONTHLY, byDay MO,TU…, opensAt and closesAt HH:MM.";
        Field(d => d.Freq, nullable: true);
        Field(d => d.Interval, nullable: true);
        Field(d => d.ByDay, nullable: true);
        Field(d => d.ByMonthDay, nullable: true);
        Field(d => d.DtStart, nullable: true);
        Field(d => d.ValidFrom, nullable: true);
        Field(d => d.ValidTo, nullable: true);
        Field(d => d.OpensAt, nullable: true);
        Field(d => d.ClosesAt, nullable: true);
        Field(d => d.Description, nullable: true);
        Field(d => d.AttendingType, nullable: true);
        Field(d => d.Notes, nullable: true);
    }
}

public sealed class CostOptionInputType : InputObjectGraphType<CostOptionDraft>
{
    public CostOptionInputType()
    {
        Name = "LocalSupportCostInput";
        Field(d => d.Option, nullable: true);
        Field(d => d.Amount, nullable: true).Description("Pounds, as ORUK writes them (2.5 is £2.50).");
        Field(d => d.AmountDescription, nullable: true);
        Field(d => d.ValidFrom, nullable: true);
        Field(d => d.ValidTo, nullable: true);
    }
}

public sealed class LocationInputType : InputObjectGraphType<LocationDraft>
{
    public LocationInputType()
    {
        Name = "LocalSupportLocationInput";
        Field(d => d.LocationType, nullable: true).Description("physical, postal or virtual; physical when left out.");
        Field(d => d.Name, nullable: true);
        Field(d => d.Description, nullable: true);
        Field(d => d.Latitude, nullable: true);
        Field(d => d.Longitude, nullable: true);
        Field<ListGraphType<NonNullGraphType<AddressInputType>>>("addresses");
    }
}

public sealed class AddressInputType : InputObjectGraphType<AddressDraft>
{
    public AddressInputType()
    {
        Name = "LocalSupportAddressInput";
        Field(d => d.Address1, nullable: true);
        Field(d => d.City, nullable: true);
        Field(d => d.StateProvince, nullable: true);
        Field(d => d.PostalCode, nullable: true);
        Field(d => d.Country, nullable: true);
    }
}

public sealed class ServiceAreaInputType : InputObjectGraphType<ServiceAreaDraft>
{
    public ServiceAreaInputType()
    {
        Name = "LocalSupportAreaInput";
        Field(d => d.Name, nullable: true).Description("A postcode district (CV1) is matched by the area filter.");
        Field(d => d.ServiceArea, nullable: true);
    }
}

public sealed class LanguageInputType : InputObjectGraphType<LanguageDraft>
{
    public LanguageInputType()
    {
        Name = "LocalSupportLanguageInput";
        Field(d => d.Name, nullable: true);
        Field(d => d.Code, nullable: true);
    }
}

public sealed class ContactInputType : InputObjectGraphType<ContactDraft>
{
    public ContactInputType()
    {
        Name = "LocalSupportContactInput";
        Field(d => d.Name, nullable: true);
        Field(d => d.Title, nullable: true);
    }
}

public sealed class AttributeInputType : InputObjectGraphType<AttributeDraft>
{
    public AttributeInputType()
    {
        Name = "LocalSupportAttributeInput";
        Field<NonNullGraphType<IdGraphType>>("taxonomyTermId").Description("The term's orukId.");
        Field(d => d.LinkType, nullable: true);
    }
}

public sealed class FundingInputType : InputObjectGraphType<FundingDraft>
{
    public FundingInputType()
    {
        Name = "LocalSupportFundingInput";
        Field(d => d.Source, nullable: true);
    }
}
