using Npgsql;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// Database refusals that mean another writer committed first (PostgreSQL, several API processes): the same
/// idempotency key or hold resolution (a unique index), or a deadlock or serialization failure. Running the request
/// again reads what the other wrote. SQLite never raises them across writers: its file has one writer at a time.
/// </summary>
internal static class WriteConflict
{
    public static bool IsLostRace(Exception failure)
    {
        for (var cause = failure; cause is not null; cause = cause.InnerException)
        {
            if (cause is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected })
                return true;
        }
        return false;
    }
}
