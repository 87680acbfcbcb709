using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory.Search;

/// <summary>
/// SQLite has no trigonometry we can count on, so each connection it opens gets <c>haversine_km(lat1, lon1, lat2, lon2)</c>,
/// the domain's own distance, for the distance filter. PostgreSQL computes the same formula in SQL.
/// </summary>
public sealed class SqliteHaversine : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction("haversine_km", (double lat1, double lon1, double lat2, double lon2)
                => GeoPoint.Of(lat1, lon1).DistanceKmTo(GeoPoint.Of(lat2, lon2)), isDeterministic: true);
        }
    }
}
