using GraphQL.Types;
using NodaTime;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Services;

namespace Timebank.Api.Features.Flexi;

public sealed class UnusedMinutesType : EnumerationGraphType<UnusedMinutes>
{
    public UnusedMinutesType()
    {
        Name = "UnusedMinutes";
        Description = "What happens to support minutes still unused when a period ends.";
    }
}

public sealed class CashOnLeavingType : EnumerationGraphType<CashOnLeaving>
{
    public CashOnLeavingType()
    {
        Name = "CashOnLeaving";
        Description = "What happens to a customer's unspent cash when they leave.";
    }
}

public sealed class CashHoldingType : EnumerationGraphType<CashHolding>
{
    public CashHoldingType()
    {
        Name = "CashHolding";
        Description = "How a customer's cash reaches them.";
    }
}

/// <summary>The days of the week a period may start on (NodaTime's "none" left out).</summary>
public sealed class DayOfWeekType : EnumerationGraphType
{
    public DayOfWeekType()
    {
        Name = "DayOfWeek";
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
            Add(day.ToString().ToUpperInvariant(), day);
    }
}
