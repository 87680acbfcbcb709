using Microsoft.Extensions.Configuration;
using Timebank.Api.Platform.Hosting;

namespace Timebank.Api.Tests.Platform;

public sealed class HostingDefaultsTests
{
    [Fact]
    public void With_nothing_configured_the_api_listens_on_5080()
        => Assert.Equal("http://localhost:5080", HostingDefaults.FallbackUrl(Configuration()));

    [Theory]
    [InlineData("urls", "http://0.0.0.0:8080")]
    [InlineData("http_ports", "8080")]
    [InlineData("https_ports", "8443")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:8080")]
    public void Any_standard_setting_for_where_to_listen_replaces_the_default(string key, string value)
        => Assert.Null(HostingDefaults.FallbackUrl(Configuration((key, value))));

    [Fact]
    public void Without_a_configured_content_root_the_api_uses_its_own_folder()
        => Assert.Equal(AppContext.BaseDirectory, HostingDefaults.Options(["print-schema"]).ContentRootPath);

    [Fact]
    public void A_content_root_on_the_command_line_is_left_to_the_host()
        => Assert.Null(HostingDefaults.Options(["--contentRoot", "/srv/timebank"]).ContentRootPath);

    private static IConfiguration Configuration(params (string Key, string Value)[] values)
        => new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
