using NodaTime;
using Timebank.Domain.Flexi.Bookings;

namespace Timebank.Domain.Flexi.Staff;

/// <summary>What a customer looks for in a worker; every part is optional and all given parts must match.</summary>
public sealed record StaffFilter(string? Language = null, string? Skill = null, string? Interest = null, Instant? AvailableFrom = null, long? ForMinutes = null);

/// <summary>Finds the profiles that match a filter, including "free for a session then" read from the service's diary.</summary>
public static class StaffSearch
{
    public const long DefaultSessionMinutes = 60;

    public static IReadOnlyList<StaffProfile> Find(IEnumerable<StaffProfile> profiles, StaffFilter filter, ServiceDiary? diary)
    {
        var matching = profiles.Where(p => p.Speaks(filter.Language) && p.HasSkill(filter.Skill) && p.IsInterestedIn(filter.Interest));
        if (filter.AvailableFrom is { } from)
        {
            var minutes = filter.ForMinutes ?? DefaultSessionMinutes;
            if (minutes is < 1 or > SupportSession.MaxMinutes)
                throw new DomainException(new ValidationFailed("forMinutes", $"must be between 1 and {SupportSession.MaxMinutes}"));
            var to = from + Duration.FromMinutes(minutes);
            var free = Guard.NotNull(diary);
            matching = matching.Where(p => free.IsFree(p.MemberId, from, to));
        }
        return [.. matching];
    }
}
