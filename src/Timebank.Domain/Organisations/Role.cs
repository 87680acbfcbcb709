namespace Timebank.Domain.Organisations;

/// <summary>What a member may do inside one organisation. A membership holds a set of these.</summary>
[Flags]
public enum Roles
{
    None = 0,
    Member = 1 << 0,
    Coordinator = 1 << 1,
    Broker = 1 << 2,
    Organiser = 1 << 3,
    Mentor = 1 << 4,
    Staff = 1 << 5,
    Manager = 1 << 6,
    Customer = 1 << 7,
    Commissioner = 1 << 8,
}

public static class RolesExtensions
{
    /// <summary>Roles that run an organisation: they approve members and grant roles.</summary>
    public const Roles Administrators = Roles.Coordinator | Roles.Manager;

    public static IEnumerable<Roles> Each(this Roles roles)
        => Enum.GetValues<Roles>().Where(r => r != Roles.None && roles.HasFlag(r));

    public static bool IsSingle(this Roles role) => role != Roles.None && (role & (role - 1)) == 0;
}
