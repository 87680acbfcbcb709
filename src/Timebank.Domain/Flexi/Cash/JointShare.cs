using NodaTime;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Members;

namespace Timebank.Domain.Flexi.Cash;

/// <summary>One customer's part of a joint purchase, and when they agreed to it.</summary>
public sealed record JointShare(Id<CustomerBudget> BudgetId, Id<Member> CustomerId, long Pence, Instant? AgreedAt);

/// <summary>A share asked for: whose budget, how they are named in messages, how much, and what they have available.</summary>
public sealed record ShareRequest(CustomerBudget Budget, string CustomerName, long Pence, long AvailablePence);
