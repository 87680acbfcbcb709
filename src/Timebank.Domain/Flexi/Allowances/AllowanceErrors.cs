namespace Timebank.Domain.Flexi.Allowances;

public sealed record NotACustomer()
    : DomainError("NOT_A_CUSTOMER", "Only members with the customer role in this provider can be enrolled.");

public sealed record AlreadyEnrolledInService()
    : DomainError("ALREADY_ENROLLED", "This customer is already enrolled in the service.");

public sealed record CustomerHasLeft()
    : DomainError("CUSTOMER_HAS_LEFT", "This customer has left the service.");
