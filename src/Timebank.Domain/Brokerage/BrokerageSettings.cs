using Timebank.Domain.Organisations;

namespace Timebank.Domain.Brokerage;

/// <summary>
/// A timebank's brokerage settings, set by a coordinator. Decided default: no brokerage grant, so the timebank's pool
/// pays for nobody until a coordinator says so (pool hours are donated hours and move only by a coordinator's choice).
/// </summary>
public sealed class BrokerageSettings
{
    public const int DefaultUnansweredAfterDays = 7;
    public const int DefaultCheckExpiryWarningDays = 30;

    /// <summary>An area or language with fewer matching brokers than this is where supply runs out.</summary>
    public const int EnoughBrokers = 2;

    public Id<Organisation> OrganisationId { get; private set; }

    /// <summary>The pool pays the hours of people who cannot pay them from their own account.</summary>
    public bool GrantFromPool { get; private set; }

    /// <summary>A request with no accepted broker after this many days is in the coordinator's report.</summary>
    public int UnansweredAfterDays { get; private set; }

    /// <summary>Checks expiring within this many days are listed for the coordinator.</summary>
    public int CheckExpiryWarningDays { get; private set; }

    private BrokerageSettings(Id<Organisation> organisationId)
        => (OrganisationId, UnansweredAfterDays, CheckExpiryWarningDays) = (organisationId, DefaultUnansweredAfterDays, DefaultCheckExpiryWarningDays);

    public static BrokerageSettings Defaults(Id<Organisation> timebank) => new(timebank);

    public void Configure(Membership coordinator, bool grantFromPool, int unansweredAfterDays, int checkExpiryWarningDays)
    {
        if (coordinator.OrganisationId != OrganisationId || !coordinator.Has(Roles.Coordinator))
            throw new DomainException(new NotAllowed("Only a coordinator of this timebank can change its brokerage settings."));
        if (unansweredAfterDays is < 1 or > 90)
            throw new DomainException(new ValidationFailed("unansweredAfterDays", "must be from 1 to 90 days"));
        if (checkExpiryWarningDays is < 1 or > 365)
            throw new DomainException(new ValidationFailed("checkExpiryWarningDays", "must be from 1 to 365 days"));
        (GrantFromPool, UnansweredAfterDays, CheckExpiryWarningDays) = (grantFromPool, unansweredAfterDays, checkExpiryWarningDays);
    }
}
