namespace Timebank.Domain.Directory;

/// <summary>ORUK 3.0 service status (UK profile enum).</summary>
public enum ServiceStatus
{
    Active = 1,
    Inactive = 2,
    Defunct = 3,
    TemporarilyClosed = 4,
}

/// <summary>ORUK 3.0 location and address type.</summary>
public enum LocationType
{
    Physical = 1,
    Postal = 2,
    Virtual = 3,
}

/// <summary>RFC 5545 FREQ values the UK profile allows.</summary>
public enum ScheduleFrequency
{
    Weekly = 1,
    Monthly = 2,
}

/// <summary>
/// The standard's own spellings of its enum values, in one place, so the REST layer and the import map them exactly
/// (note the space in "temporarily closed").
/// </summary>
public static class OrukCodes
{
    public const string Version = "HSDS-UK-3.0";

    public static string Of(ServiceStatus status) => status switch
    {
        ServiceStatus.Active => "active",
        ServiceStatus.Inactive => "inactive",
        ServiceStatus.Defunct => "defunct",
        ServiceStatus.TemporarilyClosed => "temporarily closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "is not a service status"),
    };

    public static string Of(LocationType type) => type switch
    {
        LocationType.Physical => "physical",
        LocationType.Postal => "postal",
        LocationType.Virtual => "virtual",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "is not a location type"),
    };

    public static string Of(ScheduleFrequency frequency) => frequency switch
    {
        ScheduleFrequency.Weekly => "WEEKLY",
        ScheduleFrequency.Monthly => "MONTHLY",
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "is not a frequency"),
    };

    public static ServiceStatus ParseStatus(string? value, string path = "status")
        => Enum.GetValues<ServiceStatus>().FirstOrDefault(s => Of(s) == value?.Trim()) is var status && status != 0
            ? status
            : throw new DomainException(new InvalidField(path, "must be one of: active, inactive, defunct, temporarily closed"));

    public static LocationType ParseLocationType(string? value, string path)
        => Enum.GetValues<LocationType>().FirstOrDefault(t => Of(t) == value?.Trim()) is var type && type != 0
            ? type
            : throw new DomainException(new InvalidField(path, "must be one of: physical, postal, virtual"));

    public static ScheduleFrequency ParseFrequency(string? value, string path)
        => Enum.GetValues<ScheduleFrequency>().FirstOrDefault(f => Of(f) == value?.Trim()) is var frequency && frequency != 0
            ? frequency
            : throw new DomainException(new ScheduleDoesNotParse(path, "freq must be WEEKLY or MONTHLY"));
}
