using NodaTime;

namespace Timebank.Domain.Flexi.Bookings;

/// <summary>What a customer (or staff on their behalf) asks for when booking a session.</summary>
/// <param name="WorkerName">How the worker is named in messages.</param>
/// <param name="WorkerChosenByCustomer">When staff book: whether the customer chose this worker (a customer booking themselves always has).</param>
public sealed record SessionRequest(string WorkerName, Instant Start, long Minutes, SessionPlace Place, SessionFormality Formality,
    string? Outcome, bool WorkerChosenByCustomer = true);
