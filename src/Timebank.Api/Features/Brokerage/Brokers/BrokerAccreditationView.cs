using NodaTime;
using Timebank.Domain.Brokerage;

namespace Timebank.Api.Features.Brokerage.Brokers;

/// <summary>An accreditation as a broker's profile shows it, whichever feature keeps it.</summary>
public sealed record BrokerAccreditationView(string Name, AccreditationSource Source, string SourceDescription, LocalDate AwardedOn)
{
    public static BrokerAccreditationView Of(Accreditation accreditation)
        => new(accreditation.Name, accreditation.Source, accreditation.SourceDescription, accreditation.AwardedOn);
}
