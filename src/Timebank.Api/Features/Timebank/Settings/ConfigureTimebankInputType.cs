using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Members;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class ConfigureTimebankInputType : InputObjectGraphType<ConfigureTimebankInput>
{
    public ConfigureTimebankInputType()
    {
        Name = "ConfigureTimebankInput";
        Description = "Only what is sent changes: a field left out keeps its value; a limit sent as null is cleared (no limit).";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<LongGraphType>("memberFloor").Description("Floor for member accounts opened from now on.");
        Field<LongGraphType>("memberCeiling");
        Field<LongGraphType>("memberWarnBelow");
        Field<LongGraphType>("memberWarnAbove");
        Field<IntGraphType>("confirmationDays").Description("1 to 90 days; left out or null keeps the current window.");
        Field<TimeZoneGraphType>("timeZone").Description("Left out or null keeps the current zone.");
    }

    // The default binding cannot tell a field left out from an explicit null; this reads what was sent.
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        static long? Minutes(object? v) => v is null ? null : Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture);
        return new ConfigureTimebankInput(
            (string)value["organisationId"]!,
            Given<long?>.From(value, "memberFloor", Minutes),
            Given<long?>.From(value, "memberCeiling", Minutes),
            Given<long?>.From(value, "memberWarnBelow", Minutes),
            Given<long?>.From(value, "memberWarnAbove", Minutes),
            value.TryGetValue("confirmationDays", out var days) && days is not null ? Convert.ToInt32(days, System.Globalization.CultureInfo.InvariantCulture) : null,
            value.TryGetValue("timeZone", out var zone) ? zone as NodaTime.DateTimeZone : null);
    }
}
