using Timebank.Domain.Organisations;

namespace Timebank.Domain.Flexi;

/// <summary>Who may do what in a provider's service, read from their membership of the provider.</summary>
public static class FlexiRoles
{
    /// <summary>Managers run a service; a coordinator (the provider's founder) may too.</summary>
    public static bool RunsProvider(Membership? membership, Id<Organisation> provider)
        => membership is not null && membership.OrganisationId == provider && membership.Has(Roles.Manager | Roles.Coordinator);

    public static bool IsStaff(Membership? membership, Id<Organisation> provider)
        => membership is not null && membership.OrganisationId == provider && membership.Has(Roles.Staff);

    public static bool IsCustomer(Membership? membership, Id<Organisation> provider)
        => membership is not null && membership.OrganisationId == provider && membership.Has(Roles.Customer);

    /// <summary>Staff and managers act on a customer's behalf (many people choose a worker by meeting them).</summary>
    public static bool ActsForCustomers(Membership? membership, Id<Organisation> provider)
        => IsStaff(membership, provider) || RunsProvider(membership, provider);

    public static void RequireRunsProvider(Membership? membership, Id<Organisation> provider)
    {
        if (!RunsProvider(membership, provider))
            throw new DomainException(new NotAllowed("Only a manager of this provider can do this."));
    }
}
