using GraphQL.Types;
using Timebank.Domain.Brokerage;

namespace Timebank.Api.Features.Brokerage.Brokers;

/// <summary>One accessible format; a broker offers a set, a request asks for one or none.</summary>
public sealed class AccessibleFormatType : EnumerationGraphType
{
    public AccessibleFormatType()
    {
        Name = "AccessibleFormat";
        Add("LARGE_PRINT", AccessibleFormats.LargePrint);
        Add("BRAILLE", AccessibleFormats.Braille);
        Add("EASY_READ", AccessibleFormats.EasyRead);
        Add("BSL", AccessibleFormats.Bsl, "British Sign Language.");
        Add("INTERPRETER", AccessibleFormats.Interpreter);
    }

    public static IEnumerable<AccessibleFormats> Each(AccessibleFormats formats)
        => Enum.GetValues<AccessibleFormats>().Where(f => f != AccessibleFormats.None && formats.HasFlag(f));
}

public sealed class BrokerOpennessType : EnumerationGraphType<BrokerOpenness>
{
    public BrokerOpennessType()
    {
        Name = "BrokerOpenness";
        Description = "OPEN_TO_REQUESTS: offered to people who ask; INFORMAL_ONLY: helps a relative or friend, never offered requests.";
    }
}

public sealed class AccreditationSourceType : EnumerationGraphType<AccreditationSource>
{
    public AccreditationSourceType() => Name = "BrokerAccreditationSource";
}

public sealed class BrokerOrderType : EnumerationGraphType<BrokerOrder>
{
    public BrokerOrderType() => Name = "BrokerOrder";
}
