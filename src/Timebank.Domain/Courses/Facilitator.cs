using Timebank.Domain.Members;

namespace Timebank.Domain.Courses;

/// <summary>Someone who runs a cohort's sessions. Paid trainers opt out of banking hours (<see cref="BanksHours"/> false).</summary>
public sealed record Facilitator(Id<Member> MemberId, bool BanksHours);

/// <summary>A facilitator as an organiser names them when scheduling.</summary>
public sealed record FacilitatorPlan(Person Person, bool BanksHours = true);
