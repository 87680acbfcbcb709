using NodaTime;
using Timebank.Domain.Flexi;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Flexi;

/// <summary>
/// What flexi asks of the person's plan: the approved plan running on a day at the provider, with the outcomes every
/// booking and purchase names and the items it agrees. Plans implement it; flexi names no plan type.
/// </summary>
public interface IPlansInForce
{
    Task<PlanInForce?> ForAsync(Id<Organisation> provider, Id<Member> customer, LocalDate day, CancellationToken cancellationToken);
}
