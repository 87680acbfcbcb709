using System.Data.Common;

namespace Timebank.Api.Platform.Persistence;

/// <summary>Commands kept prepared on one long-lived connection, by their text. Callers set values, never dispose them.</summary>
public interface IStatementCache
{
    DbCommand Statement(string sql);
}
