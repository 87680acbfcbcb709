namespace Timebank.Domain.Directory;

/// <summary>A WGS84 point in decimal degrees, as ORUK's location latitude and longitude are.</summary>
public readonly record struct GeoPoint
{
    public const double MaxLatitude = 90;
    public const double MaxLongitude = 180;

    /// <summary>The mean radius of the Earth (IUGG), which keeps haversine within about 0.5% of the true distance.</summary>
    public const double EarthRadiusKm = 6371.0088;

    public double Latitude { get; }
    public double Longitude { get; }

    private GeoPoint(double latitude, double longitude) => (Latitude, Longitude) = (latitude, longitude);

    public static GeoPoint Of(double latitude, double longitude, string path = "")
    {
        Check(latitude, MaxLatitude, Join(path, "latitude"));
        Check(longitude, MaxLongitude, Join(path, "longitude"));
        return new GeoPoint(latitude, longitude);
    }

    /// <summary>Great-circle distance by the haversine formula.</summary>
    public double DistanceKmTo(GeoPoint other)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(other.Latitude - Latitude);
        var dLon = Radians(other.Longitude - Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(Radians(Latitude)) * Math.Cos(Radians(other.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static void Check(double value, double limit, string path)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
            throw new DomainException(new InvalidField(path, "must be a number of degrees"));
        if (Math.Abs(value) > limit)
            throw new DomainException(new CoordinateOutOfRange(path, value, limit));
    }

    private static string Join(string path, string field) => path.Length == 0 ? field : $"{path}.{field}";
}
