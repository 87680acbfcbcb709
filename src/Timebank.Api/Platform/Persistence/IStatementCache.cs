using System.Data.Common;

namespace Timebank.Api.Platform.Persistence;

/// <summary>Statements kept prepared on one long-lived connection, by their text. Callers set values, never dispose them.</summary>
public interface IStatementCache
{
    DbCommand Statement(string sql);

    /// <summary>A statement run once per row with values bound by position (SQLite only).</summary>
    SqliteRowStatement RowStatement(string sql);
}
