namespace Timebank.Domain.Organisations;

public enum OrganisationKind
{
    Timebank = 1,
    Provider = 2,
    UserLedGroup = 3,
    Training = 4,
    Commissioner = 5,
}
