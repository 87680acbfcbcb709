using CsCheck;
using Timebank.Domain.Directory;

namespace Timebank.Domain.Tests.Directory;

public sealed class GeoPointTests
{
    [Theory]
    [InlineData(90.0001, 0, "latitude")]
    [InlineData(-91, 0, "latitude")]
    [InlineData(0, 180.5, "longitude")]
    public void A_coordinate_past_its_range_is_refused_with_its_path(double latitude, double longitude, string field)
    {
        var error = Assert.IsType<CoordinateOutOfRange>(Assert.Throws<DomainException>(() => GeoPoint.Of(latitude, longitude, "service_at_locations[0].location")).Error);

        Assert.Equal($"service_at_locations[0].location.{field}", error.Path);
    }

    [Fact]
    public void Not_a_number_is_refused()
        => Assert.IsType<InvalidField>(Assert.Throws<DomainException>(() => GeoPoint.Of(double.NaN, 0)).Error);

    [Fact]
    public void The_poles_and_the_date_line_are_allowed()
    {
        GeoPoint.Of(90, 180);
        GeoPoint.Of(-90, -180);
    }

    [Fact]
    public void Haversine_gives_the_known_distance_from_London_to_Paris()
    {
        var london = GeoPoint.Of(51.5074, -0.1278);
        var paris = GeoPoint.Of(48.8566, 2.3522);

        Assert.Equal(343.6, london.DistanceKmTo(paris), 0.5);
    }

    [Fact]
    public void Two_kilometres_across_Coventry_measure_about_two_kilometres()
    {
        // 0.018 degrees of latitude is 2.0 km anywhere.
        var station = GeoPoint.Of(52.4008, -1.5135);

        Assert.Equal(2.0, station.DistanceKmTo(GeoPoint.Of(52.4188, -1.5135)), 0.01);
    }

    private static readonly Gen<GeoPoint> Points = Gen.Select(Gen.Double[-90, 90], Gen.Double[-180, 180], (lat, lon) => GeoPoint.Of(lat, lon));

    [Fact]
    public void Distance_is_zero_to_itself_symmetric_bounded_and_obeys_the_triangle_inequality()
        => Gen.Select(Points, Points, Points).Sample((a, b, c) =>
        {
            var ab = a.DistanceKmTo(b);
            return a.DistanceKmTo(a) < 1e-9
                && Math.Abs(ab - b.DistanceKmTo(a)) < 1e-6
                && ab <= (Math.PI * GeoPoint.EarthRadiusKm) + 1e-6
                && ab <= a.DistanceKmTo(c) + c.DistanceKmTo(b) + 1e-6;
        });
}
